/** One name in a list of parties: its role word, its article and case, and the list split into names. */
import { CAMEL_BRAND, escapeRegExp, LOWER_BRAND, nameCase, startsName } from '../names.js';
import { knownMunicipalityAt } from './municipality-names.js';
import type { PartyKind, PartyList } from './party-list.js';

/** Role words before a name that describe rather than name it: "de woningcorporatie Woonstede" is "Woonstede". */
const ROLE_PREFIXES: Array<{ re: RegExp; kind: PartyKind }> = [
  { re: /^gemeenten?\s+/i, kind: 'gemeente' },
  { re: /^(?:(?:toegelaten\s+instelling(?:en)?|(?:woning)?corporaties?|woningbouwcorporaties?)\s*:?\s+)/i, kind: 'corporatie' },
  { re: /^huurdersorganisaties?\s+|^(?:huurdersvereniging(?:en)?|huurdersraad|huurdersplatform|bewonersraad|huurderskoepel)\s+/i, kind: 'huurders' },
  { re: /^(?:woonstichting(?:en)?|woningstichting(?:en)?|stichting(?:en)?)\s+/i, kind: 'corporatie' },
];
/** A full stop that ends a sentence, not one inside a name or an abbreviation ("St.", "c.a.", "e.o.", "Wooninc."). */
const SENTENCE_END_SOURCE = String.raw`(?<!\b(?:St|Stg|Mr|Dr|ca|c\.a|nr|o\.a|e\.o|Gem)|[Ii]nc)\.(?:\s|$)`;
const SENTENCE_END = new RegExp(SENTENCE_END_SOURCE, 'u');
/** Where a list of parties stops: a clause about them, a bracket or a sentence end. */
export const LIST_END = new RegExp(String.raw`\s+(?:namens|vertegenwoordigd|die|dat|welke|waarbij|om|gevestigd|zetelend|hierna|over|ten\s+behoeve|in\s+het\s+kader|voor\s+de\s+periode|voor\s+de\s+jaren|voor\s+(?:19|20)\d{2}|met\s+als|zijn\s+overeengekomen|komen\s+overeen|spreken\s+af|maken|maakten|sluiten|sloten|ondertekenen|ondertekenden|werken|werkten|samen)(?=[\s.,;:!?]|$)|\((?!\s*[\p{Lu}\d][\p{L}\d&]{1,9}\.?(?:\s\p{Lu}[\p{L}-]{1,14})?\s*\)|\s*(?:de\s+)?gemeente\s*\))|${SENTENCE_END_SOURCE}|:\s`, 'u');
/** "(hierna: De Linde)", ", hierna te noemen: HVO", "(hierna genoemd 'De Linde')", "hierna nader te noemen: …". */
export const HEREAFTER = /\(?\s*,?\s*hierna(?:\s+(?:nader|verder|ook))?(?:\s+(?:te\s+noemen|genoemd|ook))?\s*:?\s*[‘’'"“”]?([^,;)'"‘’“”]{2,40}?)[‘’'"“”]?\s*(?:\)|,|;|$)/i;

/** "(DV¹)": a footnote mark is no part of a name or its abbreviation. */
export const withoutFootnoteMarks = (s: string) => s.replace(/(?<=[\p{L}\d)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, '');

/** "(HBB)" after a name: its abbreviation. */
export const ABBREVIATION = /\(([\p{Lu}\d][\p{L}\d&]{1,9}\.?(?:\s\p{Lu}[\p{L}-]{1,14})?)\)/u;

/** A name set in capitals ("DE GEMEENTE KERKRADE", "WONINGSTICHTING ROLDUCHOF") in ordinary case, its article lower. */
function uncapitalise(segment: string): string {
  const letters = segment.replace(/[^\p{L}]/gu, '');
  // One word in capitals is a brand or an acronym ("DUWO"); a whole name in capitals is typesetting.
  if (letters.length < 4 || letters !== letters.toUpperCase() || !/\s/.test(segment.trim())) return segment;
  return nameCase(segment.toLowerCase()).replace(/^(?:De|Het)\s+/, (m) => m.toLowerCase());
}

const NAME_PARTICLE = /^(?:de|het|van|der|den|en|op|aan|in|voor|te|ter|bij|'s|'t)$/;
/** A name ends at the first lowercase word that is no particle: "Huurdersraad Zuid meerjarige afspraken" → "Huurdersraad Zuid". */
function nameOnly(name: string): string {
  if (LOWER_BRAND.test(name)) return name;
  const words = name.split(/\s+/);
  // "Huurdersvereniging Harlingen e.o.": "en omstreken" abbreviated is part of the name.
  const end = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !CAMEL_BRAND.test(w) && !NAME_PARTICLE.test(w) && !/^e\.o\.?$/.test(w) && !(/^(?:omstreken|omgeving|ommelanden)$/.test(w) && words[i - 1] === 'en'));
  if (end < 0) return name;
  const kept = words.slice(0, end);
  while (kept.length > 1 && NAME_PARTICLE.test(kept[kept.length - 1]!)) kept.pop();
  return kept.join(' ');
}

/** Adds one name from a list, its role word ("de woningcorporatie …") remembered as the hint for the names after it. */
export function addSegment(segment: string, parties: PartyList, municipality: string, hint: { role: PartyKind | null }, aliases: string[]): void {
  // "het Huurdersplatform Amersfoort (HPA)": the bracketed abbreviation is what the text calls it later.
  const abbreviation = ABBREVIATION.exec(segment)?.[1];
  if (abbreviation && !aliases.includes(abbreviation)) aliases = [...aliases, abbreviation];
  // The document's own abbreviation stays part of the name, as its party list writes it: "Elkien (ELK)".
  const suffix = abbreviation ? ` (${abbreviation})` : '';
  const named = (name: string) => (suffix ? name.replace(/(?<!\be\.o|[Ii]nc)[\s.,;:]+$/, '') + suffix : name);
  segment = uncapitalise(segment.replace(/\s*\([^)]*\)/g, '').trim());
  // Case matters: "de woningcorporatie X" loses its article, "De Alliantie" keeps it.
  segment = segment.trim().replace(/^en\s+/, '');
  const article = /^(?:de|het)\s+|^(?:De|Het)\s+(?=\p{Ll})/u.test(segment);
  segment = segment.replace(/^(?:de|het)\s+/, '').replace(/^(?:De|Het)\s+(?=\p{Ll})/u, '').trim();
  // "de zorgorganisatie Zorggroep De Potmarge": a role noun in lower case before the name.
  segment = segment.replace(/^(?:zorg|welzijns)?(?:organisatie|partij|aanbieder|instelling)\s+(?=\p{Lu})/u, '');
  if (!segment) return;
  const prefix = ROLE_PREFIXES.find((p) => p.re.test(segment));
  // A capitalised type word belongs to the name ("Woonstichting De Linde"); a lowercase one describes it.
  // A generic word after an article describes ("de Huurdersorganisatie 3HO"); without one it is part of the name
  // ("… en Woningcorporatie Leijpark").
  const generic = /^(?:huurdersorganisatie|(?:woning)?corporatie|toegelaten)/i.test(segment);
  // "Huurdersorganisatie 3HO": a generic word before an acronym describes it too.
  const acronym = /^\S+\s+[\p{Lu}\d]{2,6}$/u.test(segment);
  const keepsType = prefix && prefix.kind !== 'gemeente' && /^\p{Lu}/u.test(segment) && !(generic && (article || acronym));
  if (prefix && !keepsType) {
    hint.role = prefix.kind;
    const rest = nameOnly(segment.replace(prefix.re, '').trim());
    if (prefix.kind === 'gemeente') parties.add(`Gemeente ${rest}`, 'gemeente', aliases);
    // "Huurdersvereniging Zonnedal": the town's name alone would read as the municipality.
    else if (municipality && rest.toLowerCase() === municipality.toLowerCase()) parties.add(named(nameOnly(segment)), prefix.kind, aliases);
    else if (startsName(rest)) parties.add(named(rest), prefix.kind, aliases);
  } else if (startsName(segment)) {
    // A capitalised type word is this name's own ("Huurdersvereniging Heemwonen, Heemwonen en …"): no hint for the next.
    if (prefix) hint.role = null;
    parties.add(named(nameOnly(segment)), prefix?.kind ?? (hint.role === 'gemeente' ? null : hint.role), aliases);
  }
}

/** Stand for a space and a comma inside a municipality's name while a list is split at commas and "en". */
const SPACE = '\u0001';
const COMMA = '\u0002';

/**
 * "Gemeente Peel en Maas, …": the municipality's name (the document's, or a listed one after "gemeente") stays one
 * segment, so the list is not split inside it.
 */
function protectMunicipalities(list: string, municipality: string, wholeNames: readonly string[]): string {
  const ranges: Array<[number, number]> = [];
  // "Welzijnsstichting Dijk en Duin", set on a line of its own elsewhere: one name, whatever its "en".
  for (const name of wholeNames) {
    for (const m of list.matchAll(new RegExp(escapeRegExp(name).replace(/\s+/g, '\\s+'), 'gu'))) ranges.push([m.index, m.index + m[0].length]);
  }
  if (/[\s,]/.test(municipality)) {
    for (const m of list.matchAll(new RegExp(escapeRegExp(municipality).replace(/\s+/g, '\\s+'), 'giu'))) ranges.push([m.index, m.index + m[0].length]);
  }
  for (const m of list.matchAll(/\bgemeente\s+/giu)) {
    const start = m.index + m[0].length;
    const known = knownMunicipalityAt(list.slice(start));
    if (known) ranges.push([start, start + known.length]);
  }
  let out = list;
  for (const [from, to] of ranges) out = out.slice(0, from) + out.slice(from, to).replace(/\s/g, SPACE).replace(/,/g, COMMA) + out.slice(to);
  return out;
}

/** A type word opening an organisation's name: "Woonvereniging", "Stichting", "Huurdersraad". */
const TYPE_WORD = String.raw`\p{Lu}\p{Ll}*(?:stichting|vereniging|corporatie|coöperatie|raad|platform|koepel)|Stichting|Gemeente`;
/** "Woonvereniging Beek en Dal" followed by " en Huurdersvereniging …": the name up to the list's own "en". */
const INNER_EN = new RegExp(String.raw`(?<![\p{L}])(?:${TYPE_WORD})\s+\p{Lu}[\p{L}'’-]*\s+en\s+\p{Lu}[\p{L}'’-]*(?=\s+en\s+(?:de\s+|het\s+)?(?:${TYPE_WORD})\s)`, 'gu');

/**
 * Parses "de gemeente X, de woningcorporaties A, B en C en de Huurdersorganisatie D namens ..."; `wholeNames` are
 * names with "en" inside that the document shows are one organisation.
 */
export function addFromList(list: string, parties: PartyList, municipality: string, wholeNames: readonly string[] = []): void {
  const hint = { role: null as PartyKind | null };
  // "Huurdersvereniging K (hierna: de Huurdersvereniging) en Bewonersraad B (hierna: …)": the list goes on after a
  // bracketed short form, which addHereafterAliases reads.
  // "Huurdersraad De Vijverhof (huurders van Esdoorn) en …": so does a remark about a name in lower case.
  list = withoutFootnoteMarks(list)
    .replace(/\s*\(\s*hierna\b[^()]{0,60}\)(?=\s*(?:,|;|\sen\s))/giu, '')
    .replace(/\s*\(\s*\p{Ll}[^()]{0,60}\)(?=\s*(?:,|;|\sen\s))/gu, '');
  // "Woonstichting Zandkreek (circa 4.900 woningen in Goes), …": a bracket that counts what a party has describes
  // it; the list goes on after it.
  list = list.replace(/\s*\((?:circa|ca\.|ruim|bijna|ongeveer|met)?\s*\d[\d.,]*\s+\p{L}[^()]{0,60}\)(?=\s*(?:,|;|\sen\s))/giu, '');
  // "GEMEENTE X, WOONSTICHTING Y EN HUURDERSRAAD Z": in capitals the list's "en" is "EN".
  const letters = list.replace(/[^\p{L}]/gu, '');
  if (letters.length > 8 && letters === letters.toUpperCase()) list = list.replace(/\s(EN|DE|HET)\s/g, (m) => m.toLowerCase());
  // "Woonborg en Actium en met de huurdersorganisaties …": the list goes on after "en met".
  const whole = protectMunicipalities(list, municipality, wholeNames).replace(/\s+en\s+met\s+(?=(?:de|het)\s|\p{Lu})/gu, ' en ');
  // "de gemeente X; Woonconcept, met ruim 5.300 woningen de grootste verhuurder; Actium, …": items set apart by
  // semicolons each end where their description starts; the list ends with its sentence.
  const items = whole.includes(';') ? (whole.split(SENTENCE_END)[0] ?? '').split(/\s*;\s*/) : [whole];
  for (const item of items) {
    const cut = item.split(LIST_END)[0] ?? '';
    // "Huurdersvereniging Laar en Omstreken", "… en Omgeving": one name, not two.
    let joined = cut.replace(/\s+en\s+(?=(?:omstreken|omgeving|ommelanden|wijde\s+omgeving)\b)/giu, `${SPACE}en${SPACE}`);
    // "Stichting Zorg en Welzijn Drechtstroom", listed before and named again on the signature page: one name.
    for (const p of parties.items) {
      if (!/\sen\s/.test(p.name)) continue;
      joined = joined.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(p.name).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'gu'), (m) => m.replace(/\s+/g, SPACE));
    }
    // "…, door Woonstichting Y": each party of a signing sentence may repeat its "door".
    joined = joined.replace(/,\s*door\s+(?=\p{Lu}|de\s|het\s)/gu, ', ');
    // "Woonvereniging Beek en Dal en Huurdersvereniging Z": before the "en" that joins the list to a name with its
    // own type word, an earlier "en" after a type-word name is inside that name.
    joined = joined.replace(INNER_EN, (m) => m.replace(/\s+/g, SPACE));
    // Names side by side in columns ("Gemeente Heemstede      Elan Wonen") are separated by the wide gaps.
    for (const segment of joined.split(/\s*[,;]\s*|\s+en\s+(?=(?:de\s+|het\s+)?[\p{L}\d])|\s+&\s+(?=de\s|het\s)|[ \t]{3,}/u)) {
      addSegment(segment.replaceAll(SPACE, ' ').replaceAll(COMMA, ','), parties, municipality, hint, []);
    }
  }
}

