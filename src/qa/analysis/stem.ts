import snowball from 'snowball-stemmers';

const dutch = snowball.newStemmer('dutch');
const cache = new Map<string, string>();

/**
 * Dutch Snowball stem (the algorithm PostgreSQL's `dutch` configuration uses), followed by light
 * conflations Snowball leaves out: "-ies" plurals ("corporaties" → "corporatie"), doubled vowels
 * ("verduurzaamd"/"verduurzaming" meet at "verdurzam…") and a doubled final consonant ("aanpassen" →
 * "anpas", as "aangepast" → "aanpas").
 */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let s = /^\d/.test(word) ? word : dutch.stem(word);
  if (s.length > 5 && s.endsWith('ies')) s = s.slice(0, -1);
  s = s.replace(/([aeou])\1/g, '$1');
  if (s.length > 4) s = s.replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
  if (cache.size > 50_000) cache.clear();
  cache.set(word, s);
  return s;
}
