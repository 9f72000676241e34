/**
 * Prose in contract style where each agreement is a sentence: "Partijen spreken af dat de gemeente … Partijen
 * spreken af dat de corporaties …", several in one paragraph and no numbers. Each such sentence, with the sentences
 * that explain it up to the next one, becomes an item of its own ("• …"), so the list layout numbers them in order;
 * sentences that open a paragraph before its first agreement are its context and stay with that first one.
 */

import { RESPONSIBLE_LABEL } from './responsible-parties.js';

/**
 * "Partijen spreken af dat", "Wij spreken af dat", "Partijen komen overeen dat", "Afgesproken is dat", "Daarnaast
 * spreken wij af dat"; in bold too ("**Wij spreken af dat** …").
 */
const FORMULA =
  /(?:^|(?<=[.!?]["”’]?\s+))(?:\*\*|__)?(?:(?:(?:De\s+)?[Pp]artijen|Wij|We)\s+(?:spreken|komen)|(?:Daarnaast|Ook|Verder|Tevens|Bovendien|Tot\s+slot|Ten\s+slotte)\s+(?:spreken|komen)\s+(?:wij|we|partijen))\s+(?:(?:met\s+elkaar\s+)?af|overeen)\s+dat\b|(?:^|(?<=[.!?]["”’]?\s+))(?:\*\*|__)?Afgesproken\s+(?:is|wordt)\s+dat\b/g;
/** A document holds its agreements this way when the formula opens this many sentences. */
const MIN_SENTENCES = 6;

const formulas = (line: string) => [...line.matchAll(FORMULA)].map((m) => m.index);

export function splitAgreementSentences(lines: readonly string[]): string[] {
  const prose = (line: string) => line.trim() !== '' && !line.includes('\t') && !/^\s*(?:[-•●▪–]|\*(?!\*)|\d{1,3}[.)]|#)/.test(line) && !RESPONSIBLE_LABEL.test(line);
  // Paragraphs: runs of prose lines (a PDF wraps one over several).
  const paragraphs: Array<{ from: number; to: number; text: string; starts: number[] }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!prose(lines[i]!)) continue;
    let j = i;
    while (j + 1 < lines.length && prose(lines[j + 1]!)) j++;
    // A paragraph right below a title line ("2.1  Nieuwbouw sociale huur") is that agreement's text, not a list of them.
    const standalone = i === 0 || !lines[i - 1]!.trim();
    if (standalone) {
      const text = lines.slice(i, j + 1).map((l) => l.trim()).join(' ');
      paragraphs.push({ from: i, to: j, text, starts: formulas(text) });
    }
    i = j;
  }
  if (paragraphs.reduce((n, p) => n + p.starts.length, 0) < MIN_SENTENCES) return [...lines];
  const out: string[] = [];
  let next = 0;
  for (const { from, to, text, starts } of paragraphs) {
    if (starts.length === 0) continue;
    out.push(...lines.slice(next, from));
    // The context before the first agreement stays with it.
    const cuts = [0, ...starts.slice(1), text.length];
    for (let k = 0; k + 1 < cuts.length; k++) out.push(`• ${text.slice(cuts[k], cuts[k + 1]).trim()}`);
    next = to + 1;
  }
  out.push(...lines.slice(next));
  return out;
}
