import { COMPOUND_PARTS } from './lexicon.js';
import { stemWord } from './stem.js';

const MIN_PART = 3;
const MIN_WORD = 7;

function buildStemSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    set.add(stemWord(w));
  }
  return set;
}

const builtIn = buildStemSet(COMPOUND_PARTS.split(/\s+/).filter(Boolean));

function known(part: string, extra: Set<string> | undefined): boolean {
  if (part.length < MIN_PART) return false;
  const forms = [part];
  if (part.endsWith('en') && part.length > MIN_PART + 2) forms.push(part.slice(0, -2));
  if (part.endsWith('s') && part.length > MIN_PART + 1) forms.push(part.slice(0, -1));
  if (part.endsWith('e') && part.length > MIN_PART + 1) forms.push(part.slice(0, -1));
  // "huizen" → "huis", "brieven" → "brief": the singular of a plural that voices its last consonant.
  for (const f of [...forms]) if (/[zv]$/.test(f)) forms.push(f.replace(/z$/, 's').replace(/v$/, 'f'));
  return forms.some((f) => {
    const s = stemWord(f);
    return builtIn.has(f) || builtIn.has(s) || !!extra?.has(f) || !!extra?.has(s);
  });
}

/**
 * Splits a Dutch compound into known parts, allowing the linking sounds -s- and -e(n)-:
 * "huurwoningen" → ["huur", "woningen"], "verduurzamingsopgave" → ["verduurzaming", "opgave"].
 * Returns [] when the word is not a compound of known parts. Prefers the longest first part.
 */
export function splitCompound(word: string, extra?: Set<string>): string[] {
  if (word.length < MIN_WORD || /\d/.test(word)) return [];
  return splitRec(word, extra, 0) ?? [];
}

function splitRec(word: string, extra: Set<string> | undefined, depth: number): string[] | null {
  if (depth > 3) return null;
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const head = word.slice(0, i);
    let rest = word.slice(i);
    if (!known(head, extra)) continue;
    const candidates = [rest];
    if (rest.startsWith('s') && rest.length > MIN_PART + 1) candidates.push(rest.slice(1));
    if (rest.startsWith('en') && rest.length > MIN_PART + 2) candidates.push(rest.slice(2));
    if (rest.startsWith('e') && rest.length > MIN_PART + 1) candidates.push(rest.slice(1));
    for (const tail of candidates) {
      if (known(tail, extra)) return [head, tail];
      const deeper = tail.length >= MIN_WORD - 1 ? splitRec(tail, extra, depth + 1) : null;
      if (deeper && deeper.length) return [head, ...deeper];
    }
    rest = '';
  }
  return null;
}
