/** Keeps every agreement addressable when a document's numbering repeats (restarting per chapter or theme). */
import { ingestTexts } from './texts.js';

export interface Numbered {
  number: string;
  chapterNumber: number | null;
}

/**
 * Numbers that repeat are qualified with their chapter ("1" in chapter 2 → "2.1") when the document restarts
 * its numbering per chapter; what still repeats gets a letter ("4", "4b"). Returns the warnings to show.
 */
export function makeNumbersUnique<T extends Numbered>(agreements: T[], chapterOf: (a: T, index: number) => string | null): string[] {
  const warnings: string[] = [];
  const count = new Map<string, number>();
  for (const a of agreements) count.set(a.number, (count.get(a.number) ?? 0) + 1);
  const repeated = [...count].filter(([, n]) => n > 1).map(([k]) => k);
  if (repeated.length === 0) return warnings;
  const chapters = agreements.map(chapterOf);
  // Qualify every agreement of the document, not only the repeated ones: "1.1, 1.2, 2.1" reads as one scheme.
  const canQualify = chapters.every((c) => c !== null) && agreements.every((a) => !a.number.includes('.'));
  if (canQualify) {
    const perChapter = new Map<string | null, number>();
    for (const c of chapters) perChapter.set(c, (perChapter.get(c) ?? 0) + 1);
    // "Artikel 9" without numbered members is one agreement, "9", beside "3.1", "3.2" of the articles that have them.
    const whole = (a: T, i: number) => a.number === chapters[i] && perChapter.get(chapters[i]!) === 1;
    agreements.forEach((a, i) => {
      if (!whole(a, i)) a.number = `${chapters[i]}.${a.number}`;
    });
    warnings.push(ingestTexts.numberRestarts(agreements[0]!.number));
  }
  const seen = new Map<string, number>();
  const taken = new Set(agreements.map((a) => a.number));
  for (const a of agreements) {
    const n = (seen.get(a.number) ?? 0) + 1;
    seen.set(a.number, n);
    if (n > 1) {
      const original = a.number;
      let k = n;
      while (taken.has(`${original}${letters(k)}`)) k++;
      a.number = `${original}${letters(k)}`;
      taken.add(a.number);
      warnings.push(ingestTexts.numberRepeats(original, n, a.number));
    }
  }
  return warnings;
}

/** 2 → "b", 26 → "z", 27 → "ab": a suffix that never runs out. */
function letters(n: number): string {
  let s = '';
  for (let k = n - 1; k >= 0; k = Math.floor(k / 26) - 1) s = String.fromCharCode(97 + (k % 26)) + s;
  return s;
}
