/**
 * Typo correction against the index's own vocabulary: a question word found nowhere is replaced by the
 * vocabulary word within a small Damerau–Levenshtein distance (≤1 for short words, ≤2 for long ones),
 * the most frequent one when several are equally close.
 */

/** Optimal-string-alignment distance (adjacent transpositions count one), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** The distance allowed for a word of this length: none below 3 letters, 1 up to 7, 2 from 8. */
export function allowedDistance(word: string): number {
  // A short word is too easily another one ("hond" → "rond", "kat" → "kan").
  if (word.length < 5) return 0;
  return word.length >= 8 ? 2 : 1;
}

export interface Vocabulary {
  /** Words by length, with how many documents hold each. */
  byLength: Map<number, Array<{ word: string; df: number }>>;
}

/** Groups words by length so a lookup only compares words that can be close enough. */
export function buildVocabulary(entries: Iterable<[string, number]>): Vocabulary {
  const byLength = new Map<number, Array<{ word: string; df: number }>>();
  for (const [word, df] of entries) {
    if (/\d/.test(word) || word.length < 3) continue;
    const list = byLength.get(word.length) ?? [];
    list.push({ word, df });
    byLength.set(word.length, list);
  }
  return { byLength };
}

/**
 * The closest vocabulary word, or null. Distance 2 also needs the same first letter, since two edits
 * anywhere reach too many unrelated words.
 */
export function correctWord(word: string, vocabulary: Vocabulary, max = allowedDistance(word)): { word: string; distance: number } | null {
  if (max === 0) return null;
  let cache = corrections.get(vocabulary);
  if (!cache) corrections.set(vocabulary, (cache = new Map()));
  const key = `${max}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let best: { word: string; distance: number; df: number } | null = null;
  const [a0, a1] = [word[0], word[1]];
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const entry of vocabulary.byLength.get(len) ?? []) {
      const w = entry.word;
      // One edit keeps the first or second letter in place, or swaps them; two edits keep the first.
      if (w[0] !== a0 && (max > 1 || (w[1] !== a1 && w[0] !== a1 && w[1] !== a0))) continue;
      const d = editDistance(word, w, max);
      if (d > max || d === 0) continue;
      if (d === 2 && entry.word[0] !== word[0]) continue;
      if (!best || d < best.distance || (d === best.distance && entry.df > best.df)) best = { word: entry.word, distance: d, df: entry.df };
    }
  }
  const result = best && { word: best.word, distance: best.distance };
  if (cache.size > 10_000) cache.clear();
  cache.set(key, result);
  return result;
}

const corrections = new WeakMap<Vocabulary, Map<string, { word: string; distance: number } | null>>();
