/**
 * The forms a question's word may take in the texts when the word itself is in no agreement: a compound's parts
 * ("ouderenwoningen"), compounds that open with it ("asbest" → "asbestsanering"), another head ("galerijflats" →
 * "galerijwoningen"), a separable verb ("opgepakt" → "oppakken", "opsplitsen" → "woningsplitsing") and a
 * compound's known first part ("schimmelklacht" → "schimmel"). Dutch morphology against the index's own words.
 */
import type { Analyzer } from '../analysis/analyzer.js';
import { PARTICLES } from '../analysis/morphology.js';
import type { Vocabulary } from '../analysis/typos.js';
import type { IndexSnapshot } from '../index/index-snapshot.js';

/**
 * Whether the index holds a word within a longer one ("afrekening" in "servicekostenafrekening", "spoed" in
 * "spoedzoekers"). Not the other way round: "parkeervergunning" is no "vergunning".
 */
export function knownInPart(word: string, vocabulary: Vocabulary): boolean {
  const core = word.replace(/(?:en|s)$/, '');
  // "drugs" in "drugsvondst": a compound that opens with the whole word.
  if (compoundsOpeningWith(word, vocabulary).length) return true;
  if (core.length >= 5) {
    for (const [len, list] of vocabulary.byLength) if (len >= core.length + 3 && list.some((e) => e.word.includes(core))) return true;
  }
  return false;
}

const compoundCache = new WeakMap<Vocabulary, Map<string, string[]>>();
/**
 * Compounds of the index that open with the word ("asbest" → "asbestsanering", "asbestsaneringsprogramma"): a
 * compound is a kind of its last part but about its first, so a question about asbest is answered by them.
 * Only for words of five letters or more, the most frequent few.
 */
export function compoundsOpeningWith(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return [];
  let cache = compoundCache.get(vocabulary);
  if (!cache) compoundCache.set(vocabulary, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  const found: Array<{ word: string; df: number }> = [];
  for (const [len, list] of vocabulary.byLength) {
    if (len < word.length + 4) continue;
    for (const e of list) if (e.word.startsWith(word)) found.push(e);
  }
  const out = found
    .sort((a, b) => b.df - a.df || a.word.localeCompare(b.word))
    .slice(0, 8)
    .map((e) => e.word);
  if (cache.size > 5000) cache.clear();
  cache.set(word, out);
  return out;
}

/** "ouderenwoningen" → ["ouderen", "woningen"]: two words the index knows, with a linking s or e(n) allowed. */
export function splitByVocabulary(word: string, snapshot: IndexSnapshot): [string, string] | null {
  const known = (w: string) => w.length >= 4 && snapshot.wordDf(w) > 0;
  for (let i = word.length - 4; i >= 4; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!known(tail)) continue;
    for (const h of [head, head.replace(/s$/, ''), head.replace(/en$/, ''), head.replace(/e$/, '')]) if (known(h)) return [h, tail];
  }
  return null;
}

/** A word the index or the synonym list knows, in the singular too ("flats" → "flat"); at least `min` letters. */
export function knownHead(word: string, snapshot: IndexSnapshot, analyzer: Analyzer, min = 0): boolean {
  return [word, word.replace(/(?:en|s)$/, '')].some((x) => x.length >= min && (snapshot.wordDf(x) > 0 || analyzer.isSynonymWord(x)));
}

/**
 * "galerijflats" → the texts' "galerijwoningen": a first part of four letters or more that opens compounds of the
 * index, and a last part the index or the synonym list knows (so the word is a compound, not a typo).
 */
export function compoundsWithOtherHead(word: string, snapshot: IndexSnapshot, analyzer: Analyzer): string[] {
  for (let i = word.length - 4; i >= 4; i--) {
    if (!knownHead(word.slice(i), snapshot, analyzer, 4)) continue;
    for (const first of [word.slice(0, i), word.slice(0, i).replace(/s$/, '')]) {
      if (first.length < 4) continue;
      const compounds = compoundsOpeningWith(first, snapshot.vocabulary()).filter((w) => w !== word);
      if (compounds.length) return compounds.slice(0, 4);
    }
  }
  return [];
}

/** Prefixes of a separable verb's participle the question side reads ("opgepakt", "vrijgekomen", "overgemaakt"). */
const PARTICIPLE_PREFIXES: readonly string[] = [...PARTICLES, 'vrij', 'in', 'over', 'voor'];

/** "opgepakt", "vrijgekomen": a separable verb's participle, which asks about a topic rather than being one. */
export const SEPARABLE_PARTICIPLE = new RegExp(`^(?:${PARTICIPLE_PREFIXES.join('|')})ge[a-z]{3,}(?:[dt]|en)$`);

/** The forms of a separable verb behind its participle: "opgepakt" → oppakt, oppakken, oppak; "vrijgekomen" → vrijkomen. */
export function separableForms(word: string): string[] {
  const particle = PARTICIPLE_PREFIXES.find((p) => word.startsWith(`${p}ge`) && word.length > p.length + 4);
  if (!particle) return [];
  const core = word.slice(particle.length + 2);
  const stem = core.replace(/(?:[td]|en)$/, '');
  const doubled = /[^aeiou][aeiou][^aeiou]$/.test(stem) ? stem + stem.at(-1) : stem;
  return [...new Set([core, `${stem}en`, `${doubled}en`, `${stem}t`, `${doubled}end`, `${stem}end`, `${doubled}ende`, `${stem}ende`].map((c) => particle + c))];
}

/** "opsplitsen" → "splitsen", or a word of the texts holding its noun ("woningsplitsing"); the most frequent few. */
export function withoutParticle(word: string, vocabulary: Vocabulary, known: (w: string) => boolean): string[] {
  const particle = [...PARTICLES].find((p) => word.startsWith(p) && word.length - p.length >= 6);
  if (!particle) return [];
  const rest = word.slice(particle.length);
  const forms = [rest, rest.replace(/en$/, 'ing')];
  const direct = forms.filter(known);
  if (direct.length) return direct;
  const noun = forms[1]!;
  if (noun === rest) return [];
  const found: Array<{ word: string; df: number }> = [];
  for (const [len, list] of vocabulary.byLength) if (len > noun.length) for (const e of list) if (e.word.endsWith(noun)) found.push(e);
  return found.sort((a, b) => b.df - a.df).slice(0, 3).map((e) => e.word);
}

/** "schimmelklacht" → "schimmel": a first part of five letters or more that the index (or the synonym list) holds as a word. */
export function knownModifier(word: string, snapshot: IndexSnapshot, analyzer: Analyzer): string | null {
  for (let i = word.length - 4; i >= 5; i--) {
    const head = word.slice(0, i);
    for (const h of [head, head.replace(/s$/, ''), head.replace(/en$/, ''), head.replace(/e$/, '')]) {
      if (h.length < 5) continue;
      if (snapshot.wordDf(h) > 0 || analyzer.isSynonymWord(h)) return h;
    }
  }
  return null;
}
