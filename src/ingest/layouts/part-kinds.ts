/**
 * Documents with a multi-year part and year parts ("Deel A – Meerjarige afspraken", "Jaarschijf 2026"): what the
 * walk settles once all agreements are read.
 */
import type { RawAgreement } from './raw-agreement.js';

/**
 * A year's part that repeats the multi-year numbers ("3.1" in "Jaarschijf 2026" under "3 Duurzaamheid" above) and
 * has no themes of its own: its agreements stand under the chapter of their number.
 */
export function themesFromNumbers(agreements: readonly RawAgreement[]): void {
  const chapters = new Map<number, { title: string; number: number }>();
  for (const a of agreements) if (a.chapterNumber !== null && a.chapterTitle && !chapters.has(a.chapterNumber)) chapters.set(a.chapterNumber, { title: a.chapterTitle, number: a.chapterNumber });
  for (const a of agreements) {
    if (a.chapterTitle || a.kind !== 'jaarafspraak') continue;
    const first = /^(\d{1,2})\./.exec(a.label);
    const chapter = first ? chapters.get(Number(first[1])) : undefined;
    if (chapter) {
      a.chapterTitle = chapter.title;
      a.chapterNumber = chapter.number;
    }
  }
}

/**
 * A document that is one year part ("Jaarschijf 2023" on its cover) has no parts to tell apart: the kind its part
 * heading gave is taken back. `partOf` holds, for agreements whose kind is their part's, the part they stand in.
 */
export function onlyPartNoKind(agreements: readonly RawAgreement[], partOf: ReadonlyMap<RawAgreement, number>): void {
  if (new Set(agreements.map((a) => (partOf.has(a) ? partOf.get(a) : -1))).size >= 2) return;
  for (const a of partOf.keys()) a.kind = null;
}

/**
 * The main text before a year's part ("6. Jaarafspraken 2026", "Bijlage 2 Jaarschijf 2026") is the multi-year part,
 * though no heading says so. `before` holds the agreements that stand before any part heading.
 */
export function mainTextMultiYear(agreements: readonly RawAgreement[], before: (a: RawAgreement) => boolean): void {
  if (!agreements.some((a) => a.kind === 'jaarafspraak' && !before(a)) || agreements.some((a) => a.kind === 'meerjarig')) return;
  for (const a of agreements) if (before(a) && a.kind === null) a.kind = 'meerjarig';
}
