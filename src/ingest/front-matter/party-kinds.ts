/**
 * A party's kind from what the document says about it, where its name does not tell: "De Zes Kernen" signs
 * without a type word, but the text calls it "huurdersorganisatie De Zes Kernen" or "De Zes Kernen, de
 * huurdersvereniging van …". Without this it would count as a corporation ("de corporaties" would include it).
 */
import type { ExtractedParty } from '../../core/agreement.js';
import { escapeRegExp } from '../names.js';

const TENANT_NOUN = 'huurders(?:organisatie|vereniging|raad|platform|belangenvereniging|koepel)|bewoners(?:organisatie|raad|vereniging|platform)';
const CORPORATION_NOUN = '(?:woning)?corporatie|woonstichting|woningstichting|toegelaten\\s+instelling';
/** A name that already says what it is. */
const TELLING_NAME = /huurder|bewoner|woon|wonen|woning|huisvest|corporatie|stichting|gemeente/i;

/** The noun in lower case describes the party; capitalised it is part of another name ("Huurdersraad Kustthuis"). */
function calledBy(text: string, name: string, nouns: string): boolean {
  const n = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const before = new RegExp(`\\b(?:${nouns})s?\\s+(?:${n})(?![\\p{L}\\d])`, 'u');
  // Not the end of a longer name ("Bewonersraad ZVH, de huurdersorganisatie van ZVH" says nothing of ZVH).
  const after = new RegExp(`(?<![\\p{L}\\d])(?<!\\p{Lu}\\p{L}+\\s)${n}\\s*(?:,|\\(|\\bis\\b)?\\s*(?:de|het|een|onze)\\s+(?:${nouns})\\b`, 'u');
  return before.test(text) || after.test(text);
}

/** Sets the kind of parties whose name says nothing, from how the text refers to them. */
export function kindsFromContext(text: string, parties: ExtractedParty[]): void {
  for (const p of parties) {
    if (p.kind === 'gemeente' || TELLING_NAME.test(p.name)) continue;
    const names = [p.name, ...p.aliases].filter((a) => a.length > 2);
    const tenant = names.some((a) => calledBy(text, a, TENANT_NOUN));
    const corporation = names.some((a) => calledBy(text, a, CORPORATION_NOUN));
    if (tenant && !corporation) p.kind = 'huurders';
    else if (corporation && !tenant && p.kind === 'huurders') p.kind = 'corporatie';
  }
}
