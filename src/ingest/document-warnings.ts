/** Dutch warnings about the numbering and completeness of extracted agreements. */
import type { ExtractedAgreement } from '../core/agreement.js';

/** Gaps and duplicates in the numbering, and agreements without a responsible party. */
export function collectWarnings(agreements: readonly ExtractedAgreement[]): string[] {
  const warnings: string[] = [];
  const numbers = agreements.map((a) => a.number);
  const seen = new Set<number>();
  for (const n of numbers) {
    if (seen.has(n)) warnings.push(`afspraak ${n} komt meer dan eens voor`);
    seen.add(n);
  }
  const sorted = [...seen].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    for (let missing = sorted[i - 1]! + 1; missing < sorted[i]!; missing++) {
      warnings.push(`afspraak ${missing} ontbreekt in de nummering`);
    }
  }
  for (const a of agreements) {
    if (a.responsible.length === 0) warnings.push(`afspraak ${a.number} heeft geen verantwoordelijke partij`);
  }
  return warnings;
}
