/** Finds the parties that made the agreements: the opening list, a "Partijen" list, signatories, then cover logos. */
import type { ExtractedParty } from '../../core/agreement.js';
import { matchLabelHeading } from '../agreement-labels.js';
import { escapeRegExp, nameCase } from '../names.js';
import { knownMunicipalityAt } from './municipality-names.js';
import { addFromListBlock } from './party-block.js';
import { kindsFromContext } from './party-kinds.js';
import { aliasesOf, PartyList } from './party-list.js';
import { addFromPartyTables } from './party-table.js';
import { addAbbreviations } from './abbreviations.js';
import { addBrandsInUse } from './brands-in-use.js';
import type { Block } from '../blocks.js';
import { addFromList } from './party-segment.js';
import { wholeNamesWithEn } from './whole-names.js';

// The list may wrap over lines (PDF); it ends at a sentence end or a blank line.
const LIST_TEXT = /(?:[^.\n]|(?<=\b(?:St|Stg|e\.o|c\.a|Gem)|[Ii]nc)\.|\.(?=[\w)])|\n(?!\s*\n)){3,400}/y;
/**
 * Where a list of parties begins: after "Partijen:", "… afspraken zijn gemaakt tussen", "ondertekend door". Each
 * start is found from a cheap anchor word, then checked on the few words around it (whole-text patterns with
 * alternatives are slow on long documents).
 */
const LIST_STARTS: Array<{ anchor: RegExp; before?: RegExp; after: RegExp }> = [
  { anchor: /(?:partijen|ondertekenaars|deelnemers)\s*:/gi, after: /\s*/y },
  // "Partijen zijn de gemeente X, …", "Partijen bij deze afspraken zijn: …".
  { anchor: /\b(?:partijen|ondertekenaars|deelnemers)(?:\s+(?:bij|van|aan)\s+(?:deze|dit|de|het)(?:\s+\p{L}+){1,2})?\s+(?:zijn|waren)\s*:?\s+(?=(?:de\s+)?gemeente\s)/giu, after: /\s*/y },
  {
    anchor: /\btussen\s+/gi,
    before:
      /(?:afspra(?:ak|ken)(?:\s+(?:19|20)\d{2}(?:\s*(?:t\/m|-|–|tot en met)\s*(?:19|20)\d{2})?)?\s+(?:zijn\s+|worden\s+)?(?:gemaakt\s+|gesloten\s+|overeengekomen\s+)?|\b(?:zijn|worden|is|werd|werden)\s+(?:\p{L}+\s+)?(?:gemaakt|gesloten|overeengekomen|opgesteld|afgesproken)\s+)$/iu,
    after: /\s*/y,
  },
  // "ondertekend door wethouder A. de Boer namens de gemeente X, door …": the party is who the signer signs for.
  { anchor: /\bdoor\s+/gi, before: /\b(?:ondertekend|gesloten|gemaakt|opgesteld)\s+$/i, after: /(?:(?:de\s+)?\p{L}+\s+partijen\s*:?\s*)?(?:(?:wethouder|burgemeester|gedeputeerde|directeur(?:-bestuurder)?|bestuurder|voorzitter)\s[^,.;:]{2,50}?\snamens\s+)?/iuy },
  // "hebben wij deze afspraken ondertekend met woningcorporaties Woonborg en Actium en met …" (a letter to the council).
  { anchor: /\bmet\s+/gi, before: /\b(?:afspraken|overeenkomst)\s+(?:\p{L}+\s+){0,2}(?:ondertekend|gesloten|gemaakt)\s+$/iu, after: /\s*/y },
];

/** "… hebben de gemeente X, Woonstichting Y en … meerjarige prestatieafspraken gesloten": the list before the verb. */
const LIST_BEFORE_VERB = [
  // Case-sensitive, so the words between the list and "afspraken" are lower case ("meerjarige") and a name is not cut.
  /(?:hebben|zijn|hadden)\s+((?:de\s+)?[Gg]emeente\s+\p{Lu}(?:[^.]|(?<=\b(?:St|Stg))\.){3,400}?)\s+(?:de\s+)?(?:\p{Ll}+\s+){0,2}(?:[Pp]restatie)?[Aa]fspraken\b[^.]{0,40}?\s(?:gesloten|gemaakt|ondertekend|afgesloten|vastgesteld)/uy,
  /(?:die|dat|welke)\s+((?:de\s+)?gemeente\s+\p{Lu}(?:[^.]|(?<=\b(?:St|Stg))\.){3,400}?)\s+(?:voor\s+[^.]{3,40}?\s+)?(?:met\s+elkaar\s+)?(?:hebben|heeft|hadden)\s+(?:gemaakt|gesloten|afgesproken|ondertekend)/iuy,
];
const VERB_BEFORE_GEMEENTE = /\b(?:hebben|zijn|hadden|die|dat|welke)\s+(?:de\s+)?$/i;

/** Where an opening sentence may name the parties: the start of a sentence or line, or just after its verb. */
const OPENING_BEFORE = /(?:^|[.!?:]\s+|\n\s*|\b(?:werken|werkten|sluiten|sloten|maken|maakten|ondertekenen|ondertekenden)\s+)$/u;
/** What follows the municipality (and its short form, "(Gem.)") in a list of parties: another name, or a role noun for the next ones. */
const NEXT_PARTY = /^(?:\s*\([^()]{1,12}\))?(?:,\s*|\s+en\s+)(?:de\s+|het\s+)?(?:\p{Lu}|(?:woning)?corporaties?\s|woonstichting|huurders\p{L}*\s|bewoners\p{L}*\s)/u;
/** The opening sentence is about the agreements or the partnership. */
const ABOUT_AGREEMENTS = /afspra|prestatie|ondertek|overeenkomst|samen/i;

/** The text up to the end of its paragraph, unless the paragraph breaks off mid-list (a page break in a PDF). */
function ownParagraph(text: string): string {
  const parts = text.split(/(\n\s*\n)/);
  let out = parts[0]!;
  for (let i = 1; i + 1 < parts.length; i += 2) {
    if (!/(?:,|\s(?:en|de|het|van|met|tussen))\s*$/.test(out) && !/^\s*\p{Ll}/u.test(parts[i + 1]!)) break;
    out += parts[i]! + parts[i + 1]!;
  }
  return out;
}

/**
 * A web-page or press opening: "De gemeente Aa en Hunze, woningcorporaties A en B Woondiensten en de
 * huurdersorganisaties C en D maken jaarlijks afspraken …", or "Sinds 2020 werken de gemeente X, … samen."
 */
function openingLists(text: string, municipality: string): string[] {
  const lists: string[] = [];
  const opening = text.slice(0, 6000);
  for (const m of opening.matchAll(/(?:[Dd]e\s+)?[Gg]emeente\s+(?=\p{Lu}|['’]s-)/gu)) {
    if (!OPENING_BEFORE.test(opening.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = m.index + m[0].length;
    const place = knownMunicipalityAt(opening.slice(start))?.length ?? (municipality && opening.startsWith(municipality, start) ? municipality.length : 0);
    if (!place || !NEXT_PARTY.test(opening.slice(start + place, start + place + 40))) continue;
    // The list is its own paragraph; what it is about may follow it ("… Huurdersraad Z" above "Prestatieafspraken 2026").
    const window = opening.slice(m.index, m.index + 500);
    if (ABOUT_AGREEMENTS.test(window)) lists.push(ownParagraph(window));
  }
  return lists;
}

/** The party lists in the text, each as the text after its opening words. */
function introLists(text: string): string[] {
  const lists: string[] = [];
  for (const m of text.matchAll(/gemeente\s/gi)) {
    const window = text.slice(Math.max(0, m.index - 12), m.index);
    const verb = VERB_BEFORE_GEMEENTE.exec(window);
    if (!verb) continue;
    const verbStart = m.index - window.length + verb.index;
    for (const re of LIST_BEFORE_VERB) {
      re.lastIndex = verbStart;
      const found = re.exec(text);
      if (found) lists.push(found[1]!);
    }
  }
  for (const { anchor, before, after } of LIST_STARTS) {
    for (const m of text.matchAll(anchor)) {
      if (before && !before.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      after.lastIndex = m.index + m[0].length;
      const skip = after.exec(text);
      LIST_TEXT.lastIndex = m.index + m[0].length + (skip?.[0].length ?? 0);
      const list = LIST_TEXT.exec(text);
      if (list) lists.push(list[0]);
    }
  }
  return lists;
}

/**
 * A list on one line. Names one per line ("Partijen:" / "gemeente Venlo" / "Woonwenz") are separate items; a
 * list wrapped over lines (a line ending in "," or "en", or running on in lower case) is one sentence.
 */
function oneLine(list: string): string {
  // "… Bewonersraad Oost (BRO)" / "Deze afspraken gaan in op …": a line opening with "Deze", "Dit" starts a new sentence, no name.
  list = list.replace(/\n\s*(?:Deze|Dit|Die|Dat)\s+\p{Ll}[^]*$/u, '');
  const lines = list.split('\n').map((l) => l.trim()).filter(Boolean);
  const itemPerLine = lines.length >= 2 && lines.every((l, i) => l.length <= 60 && !/(?:,|\s(?:en|de|het|van|der|den|ter|te|op|aan|voor))$/i.test(l) && (i === 0 || !/^\p{Ll}/u.test(l) || /^(?:de\s+)?gemeente\s/.test(l)));
  return itemPerLine ? lines.join(', ') : list.replace(/\s+/g, ' ');
}

/** A title that lists the parties: "Prestatieafspraken 2025-2028 Gemeente X, Stichting Y en Huurdersraad Z". */
function titlePartyList(head: readonly string[]): string | null {
  for (const [i, own] of head.slice(0, 4).entries()) {
    // "Gemeente X, Stichting Y," / "Huurdersraad Z en …": a list that wraps after a comma runs on into the next line.
    const line = /(?:,|\sen)$/.test(own) && head[i + 1] ? `${own} ${head[i + 1]}` : own;
    const m = /(?:^|\s)((?:[Dd]e\s+)?(?:[Gg]emeente|GEMEENTE)\s+\p{Lu}.*?(?:,|\sen\s).*)$/u.exec(line);
    if (m && (/afspra(?:ak|ken)|convenant|overeenkomst/i.test(line) || /^(?:de\s+)?gemeente\s/i.test(line))) return m[1]!;
  }
  return null;
}

/** "Woonstichting De Linde (hierna: De Linde)" anywhere: the short form becomes an alias. */
function addHereafterAliases(text: string, parties: PartyList): void {
  if (!/hierna/i.test(text)) return;
  // "hierna: *Zeeuwland*": Markdown emphasis around the short form is no part of it.
  text = text.replace(/[*_]+(?=[\p{L}\d])|(?<=[\p{L}\d.])[*_]+/gu, '');
  // Each "hierna: X" belongs to the party named closest before it: "de gemeente Lochem, Viverion en de
  // Huurderskoepel Lochem (hierna: HKL)" gives HKL to the tenants' organisation only.
  const closest = new Map<number, { party: (typeof parties.items)[number]; alias: string; distance: number }>();
  for (const p of parties.items) {
    const bare = p.name.replace(/\s*\([^)]*\)\s*$/, '');
    const re = new RegExp(`${escapeRegExp(bare)}([^.;\\n]{0,80}?)\\(?,?\\s*hierna(?:\\s+(?:te\\s+noemen|genoemd))?\\s*:?\\s*[‘’'"“”]?([\\p{L}\\d][^,;)'"‘’“”\\n]{1,40}?)[‘’'"“”]?\\s*[),;.]`, 'iu');
    const found = re.exec(text);
    // "hierna: de HBVN": the article is no part of the short form.
    const alias = found?.[2]?.trim().replace(/^(?:de|het)\s+(?=\p{Lu})/u, '');
    // "samen met Wonen Limburg hierna te noemen: de corporaties" names a group, not this party.
    if (!alias || /\bsamen\s+met\b|\btezamen\b|\bgezamenlijk\b/i.test(found![0]) || /^(?:de\s+)?(?:woning)?(?:corporaties|huurdersorganisaties|partijen)$/i.test(alias)) continue;
    const at = found!.index + bare.length + found![1]!.length;
    const distance = found![1]!.length;
    const best = closest.get(at);
    if (!best || distance < best.distance) closest.set(at, { party: p, alias, distance });
  }
  for (const { party, alias } of closest.values()) if (!party.aliases.includes(alias)) party.aliases.push(alias);
}

/** The names of a document's own parts, never a party on its cover. */
const SECTION_WORD = /^(?:voorwoord|inleiding|inhoud(?:sopgave)?|leeswijzer|samenvatting|bijlagen?|colofon|ondertekening|partijen|thema'?s|afspraken|legenda|afkortingen|begrippen)\b/i;

/** Cover logos or a cover list of names: short lines before the contents, accepted when the body confirms the name. */
function addFromCover(lines: readonly string[], body: string, parties: PartyList): void {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of lines.slice(0, 80)) {
    const l = raw.replace(/\*+/g, '').trim();
    // The body starts at the contents, the first chapter or the first numbered heading.
    if (/^inhoud/i.test(l) || /^(?:hoofdstuk|thema)\s+\d/i.test(l) || /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u.test(l) || matchLabelHeading(l) || l.length > 100) break;
    if (!l) {
      if (current.length) blocks.push(current);
      current = [];
    } else if (!/\d|[.:!?]$|:\s|\s=\s/.test(l) && l.split(/\s+/).length <= 4 && !SECTION_WORD.test(l)) current.push(l);
  }
  if (current.length) blocks.push(current);
  const appears = (name: string) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(body);
  const abbrevIn = (initials: string) => initials.length >= 2 && new RegExp(`\\b${escapeRegExp(initials)}\\b`).test(body);
  const candidate = (parts: string[], byShortForm: boolean): string | null => {
    const allCapsWords = parts.every((p) => /^\p{Lu}+$/u.test(p));
    const joined = parts.join(' ');
    // A logo in capitals or small letters is recased; "Woningstichting De Sleutels (HPL)" stays as written.
    const mixedCase = joined !== joined.toUpperCase() && joined !== joined.toLowerCase();
    const name = allCapsWords ? nameCase(parts.join('').toLowerCase()) : mixedCase ? joined : nameCase(joined);
    const words = allCapsWords ? parts : parts.join(' ').split(/\s+/);
    const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
    if (abbrevIn(initials)) return `${name} (${initials})`;
    // "Woningstichting De Sleutels" on the cover, "De Sleutels" or "(HPL)" in the body: the name the body uses counts.
    return appears(name) || (byShortForm && aliasesOf(name).some((a) => a !== name && a.length >= 3 && appears(a))) ? name : null;
  };
  // "Prestatieafspraken" / "Bodegraven-Reeuwijk" on the cover is the title, repeated in the page footers.
  const isTitle = (name: string) => /afspra|prestatie|convenant|overeenkomst|jaarschijf|woonvisie/i.test(name);
  for (const block of blocks) {
    const whole = block.length > 1 ? candidate(block, false) : null;
    if (whole && !isTitle(whole)) parties.add(whole, null);
    else
      for (const line of block) {
        const c = candidate([line], true);
        if (c && !isTitle(c)) parties.add(c, null);
      }
  }
}

/** Organisations the text names by their type ("Woonstichting Noordkant", "Huurdersvereniging De Sleutel"). */
const NAMED_ORGANISATION =
  /\b(?:Woonstichting|Woningstichting|Woningbouwvereniging|Woongroep|Wooncorporatie|Huurdersvereniging|Huurdersraad|Huurdersplatform|Bewonersraad|Huurderskoepel) +(?:(?:de|van|het|aan|op|De|Het) +)?(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})[\p{L}\d'’&-]*(?: +(?!(?:Woonstichting|Woningstichting|Huurdersvereniging|Huurdersraad|Huurdersplatform|Bewonersraad)\b)[\p{Lu}\d][\p{L}\d'’&-]*){0,2}/gu;

/** Without any party list: the organisations the body names by their type, in order of appearance. */
function addNamedOrganisations(text: string, parties: PartyList, municipality: string): void {
  for (const m of text.matchAll(NAMED_ORGANISATION)) addFromList(m[0], parties, municipality);
}

/** Extracts the parties; the municipality is always first, as "Gemeente X". */
export function extractParties(input: {
  text: string;
  lines: readonly string[];
  blocks: readonly Block[];
  head: readonly string[];
  municipality: string;
  signatories: readonly string[];
  /** The document's abbreviation pairs, read once by the front matter. */
  abbreviations: ReadonlyArray<{ short: string; long: string }>;
}): ExtractedParty[] {
  const { lines, municipality } = input;
  // "de woning-\ncorporaties X": a word hyphenated over a line break.
  const text = input.text.replace(/(\p{Ll})-\n\s*(\p{Ll})/gu, '$1$2');
  const parties = new PartyList(municipality);
  if (municipality) parties.add(`Gemeente ${municipality}`, 'gemeente');
  const wholeNames = wholeNamesWithEn(lines);
  for (const list of [...introLists(text), ...openingLists(text, municipality)]) addFromList(oneLine(list), parties, municipality, wholeNames);
  addFromPartyTables(input.blocks, parties);
  addFromListBlock(lines, parties, municipality);
  const titleList = titlePartyList(input.head);
  if (titleList) addFromList(titleList, parties, municipality, wholeNames);
  for (const name of input.signatories) {
    if (/^(?:gemeente|college|burgemeester)\b/i.test(name) && !/^gemeente\s+\p{Lu}/u.test(name)) continue;
    addFromList(name, parties, municipality, wholeNames);
  }
  if (!parties.items.some((p) => p.kind === 'corporatie')) {
    const firstLong = lines.findIndex((l) => l.length > 150);
    addFromCover(lines, lines.slice(firstLong < 0 ? 0 : firstLong).join('\n'), parties);
  }
  if (parties.items.length <= 1) addNamedOrganisations(text, parties, municipality);
  addHereafterAliases(text, parties);
  addAbbreviations(input.abbreviations, parties, municipality, text);
  addBrandsInUse(text, parties.items, municipality);
  kindsFromContext(text, parties.items);
  return parties.finish();
}
