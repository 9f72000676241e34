/** Dutch warnings about the numbering and completeness of extracted agreements. */
import type { ExtractedAgreement } from '../core/agreement.js';
import { ingestTexts } from './texts.js';

/** "3" → { prefix: '', last: 3 }; "2.4" → { prefix: '2.', last: 4 }; "A3" → { prefix: 'A', last: 3 }. */
function splitNumber(n: string): { prefix: string; last: number } | null {
  const m = /^(.*?)(\d+)$/.exec(n);
  return m ? { prefix: m[1]!, last: Number(m[2]) } : null;
}

/** Gaps in the numbering (per prefix: "2.1, 2.3" misses 2.2) and agreements without a responsible party. */
export function collectWarnings(agreements: readonly ExtractedAgreement[], numbered = true): string[] {
  const warnings: string[] = [];
  if (!numbered) {
    for (const a of agreements) if (a.responsible.length === 0) warnings.push(ingestTexts.noResponsible(a.number));
    return warnings;
  }
  const series = new Map<string, number[]>();
  for (const a of agreements) {
    const parts = splitNumber(a.number);
    if (!parts) continue;
    const list = series.get(parts.prefix) ?? [];
    list.push(parts.last);
    series.set(parts.prefix, list);
  }
  for (const [prefix, lasts] of series) {
    const sorted = [...new Set(lasts)].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      // A jump of more than ten is a new series (another chapter's numbers), not missing agreements.
      if (sorted[i]! - sorted[i - 1]! > 10) continue;
      for (let missing = sorted[i - 1]! + 1; missing < sorted[i]!; missing++) {
        warnings.push(ingestTexts.numberMissing(`${prefix}${missing}`));
      }
    }
  }
  for (const a of agreements) {
    if (a.responsible.length === 0) warnings.push(ingestTexts.noResponsible(a.number));
  }
  return warnings;
}
