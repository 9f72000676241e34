/**
 * The text may call a party by its brand alone: "Woonwaarde" for Stichting Woonwaarde IJssel, "IJsselborgh" for
 * Huurdersbelangenvereniging IJsselborgh. Those words are not derived from every name (after a tenants' type word
 * often comes a place: "Huurdersvereniging Andijk"), so they become aliases only where the text uses them as names.
 */
import type { ExtractedParty } from '../../core/agreement.js';
import { escapeRegExp } from '../names.js';
import { nameKey, ORDINARY_WORD, TRADE_WORD, TYPE_WORD } from './party-list.js';

/** A place is "in", "te", "uit" … somewhere; a party is not. */
const PLACE_BEFORE = /(?:^|\s)(?:in|te|uit|naar|rond|nabij|buiten|binnen|omgeving|regio|gemeente|kern|dorp|wijk)\s+$/i;

/** The one word a party may go by: the first of a corporation's two-word brand, or a tenants' one-word name. */
function brandWord(p: ExtractedParty): { word: string; rest: string } | null {
  const words = p.name.replace(/\s*\([^)]*\)\s*$/, '').split(/\s+/);
  const brand = words.length > 1 && TYPE_WORD.test(words[0]!) ? words.slice(1) : words;
  if (p.kind === 'corporatie' && brand.length === 2) return { word: brand[0]!, rest: brand[1]! };
  if (p.kind === 'huurders' && brand.length === 1 && words.length === 2) return { word: brand[0]!, rest: '' };
  return null;
}

/** Adds a party's brand word as its alias when the text names the party by it at least twice, never as a place. */
export function addBrandsInUse(text: string, parties: readonly ExtractedParty[], municipality: string): void {
  const taken = new Set(parties.flatMap((p) => [p.name, ...p.aliases].map(nameKey)));
  for (const p of parties) {
    const brand = brandWord(p);
    if (!brand) continue;
    const { word, rest } = brand;
    const key = nameKey(word);
    if (word.length < 4 || !/^\p{Lu}/u.test(word) || ORDINARY_WORD.test(word) || TRADE_WORD.test(word) || TYPE_WORD.test(word) || taken.has(key) || key === nameKey(municipality)) continue;
    // Another party's name holding the word ("Huurdersvereniging Woonwaarde") leaves it ambiguous.
    if (parties.some((o) => o !== p && new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(o.name))) continue;
    const alone = new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(word)}(?![\\p{L}\\d-])${rest ? `(?!\\s+${escapeRegExp(rest)}(?![\\p{L}]))` : ''}`, 'gu');
    const uses = [...text.matchAll(alone)];
    if (uses.length >= 2 && uses.every((m) => !PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) {
      p.aliases.push(word);
      taken.add(key);
    }
  }
}
