/**
 * A block that lists the parties one by one after "Partijen" or "De ondergetekenden:": numbered or bulleted items,
 * or paragraphs in contract style ("WONINGSTICHTING X, gevestigd te …, vertegenwoordigd door …, hierna te noemen:
 * 'X'", then "en"), each item possibly wrapped over lines, up to "hierna gezamenlijk te noemen: partijen".
 */
import { ABBREVIATION, addSegment, HEREAFTER, LIST_END, withoutFootnoteMarks } from './party-segment.js';
import type { PartyList } from './party-list.js';
import { CAMEL_BRAND } from '../names.js';

/** A heading or sentence after which the parties follow one by one: "Partijen", "… worden gemaakt door:". */
const LIST_INTRO =
  /^(?:de\s+)?(?:partijen|partners|ondertekenaars|ondergetekenden|deelnemende\s+(?:partijen|organisaties)|betrokken\s+partijen)(?:\s+bij\s+deze\s+afspraken)?\s*:?$|^wie\s+(?:maken|sluiten|tekenen|ondertekenen|zijn)\s+(?:de(?:ze)?\s+)?(?:afspraken|partijen)\s*[?:]?$|^wie\s+(?:hebben|heeft)\s+(?:de(?:ze)?\s+)?afspraken\s+(?:gemaakt|gesloten|ondertekend)\s*[?:]?$|\b(?:door|tussen|partijen|ondergetekenden)\s*:$|\b(?:partijen|deelnemers|ondertekenaars)\s+(?:zijn|waren)\s*:$/i;
/** "Deze afspraken zijn gemaakt door de volgende partijen.": a sentence that says the parties follow. */
const SENTENCE_INTRO = /\b(?:door|tussen)\s+(?:de\s+)?volgende\s+(?:partijen|organisaties)\s*[.:]/i;
const LIST_ITEM = /^(?:[•\-–*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s*/;
/** Where the list is over: the parties named together, the recitals, or the agreements themselves. */
const BLOCK_END =
  /^(?:hierna\s+)?(?:(?:gezamenlijk|tezamen|samen)\b.{0,40}\bpartijen|overwegende|komen\s+(?:het\s+)?(?:volgende\s+)?overeen|in\s+aanmerking\s+nemende|nemen\s+in\s+aanmerking)/i;
/** A lone "en" between two parties of a contract. */
const SEPARATOR = /^(?:en|alsmede)[,;:]?$/i;
/** Words of a party's description rather than its name: seat, representative, short form. */
const DESCRIPTION = /\b(?:gevestigd|zetelend|vertegenwoordigd|hierna|handelend|namens)\b/i;
/** Words that may stand in lower case inside a name at the start of a party paragraph. */
const NAME_SMALL_WORD = /^(?:de|het|van|der|den|en|op|aan|in|te|voor|'s|gemeente|woningcorporatie|woningstichting|woonstichting|stichting|huurdersvereniging)$/i;

/** A line that is just an organisation's name ("Gemeente Súdwest-Fryslân", "Woonstichting Elfsteden", "Wonen Noord"). */
const ORGANISATION_NAME =
  /^(?:(?:de|het)\s+)?(?:gemeente|\p{L}*stichting|woning\p{L}*|woon\p{L}*|huurders\p{L}*|bewoners\p{L}*|wonen|stg\.?)\s+\S|\s(?:wonen|woondiensten|woongroep|woonservice)$/iu;

/** The name part of an item, up to its description: "Stichting Heemwonen, gevestigd te …" → "Stichting Heemwonen". */
const namePart = (item: string) => item.split(LIST_END)[0]!.split(/\s*,\s*/)[0]!.trim();

/** A paragraph without a list mark opens a party when it starts with a name (or a name in capitals) and describes it. */
function opensParty(line: string, next: string): boolean {
  const name = namePart(line);
  const words = name.split(/\s+/);
  // "gemeente Venlo" in a list of names: the municipality written as in a sentence.
  if (/^(?:de\s+)?gemeente\s+\p{Lu}[^,;.]*$/u.test(name) && name === line.replace(/[;,.]$/, '')) return true;
  if (!name || words.length > 8 || !/^[\p{Lu}\d]/u.test(name)) return false;
  if (!words.every((w) => /^[\p{Lu}\d'‘’"&(]/u.test(w) || NAME_SMALL_WORD.test(w))) return false;
  if (DESCRIPTION.test(line) || /,$/.test(line)) return true;
  // A name on its own line ("**Woonstichting Elfsteden**"), its description possibly on the lines below.
  return name === line.replace(/[;.]$/, '') && (ORGANISATION_NAME.test(name) || startsDescription(next));
}

/** One party per item: "2. Woonstichting Beekdal, hierna: Beekdal;", "• Huurdersvereniging De Sleutel (HVS)". */
function addListItem(item: string, parties: PartyList, municipality: string): void {
  item = withoutFootnoteMarks(item);
  // "Woningstichting Maasdriel en Woonstichting De Kernen hierna samen te noemen: de corporaties": a group of parties
  // listed above, not a party of its own.
  // Only when the item itself is the pair ("X en Y hierna …"), not a party whose line also names the group.
  const named = item.split(/[,;]?\s*(?:samen\s+met\s+\S.*)?\bhierna\b/i)[0]!;
  if (/\s(?:en|&)\s+\p{Lu}/u.test(named) && /\bhierna\s+(?:samen|gezamenlijk|tezamen)\b|\bhierna\s+(?:samen\s+)?(?:te\s+noemen|genoemd)\s*:?\s*(?:de\s+)?(?:corporaties|huurdersorganisaties|partijen)\b/i.test(item)) return;
  const aliases: string[] = [];
  const hereafter = HEREAFTER.exec(item)?.[1]?.trim();
  if (hereafter && /^[\p{Lu}\d]/u.test(hereafter)) aliases.push(hereafter);
  const abbreviation = ABBREVIATION.exec(item)?.[1];
  if (abbreviation && !/^hierna/i.test(abbreviation)) aliases.push(abbreviation);
  addSegment(namePart(item), parties, municipality, { role: null }, aliases);
}

/** "vertegenwoordigd door …", "gevestigd te …", "hierna: …": a line that describes the party above it. */
const startsDescription = (line: string) => /^\p{Ll}/u.test(line) && DESCRIPTION.test(line.split(/\s+/).slice(0, 3).join(' '));

const clean = (l: string) => l.replace(/^\s*#{1,6}\s+/, '').replace(/\*+/g, '').trim();

/** A line that is only an organisation's name: a few capitalised words (or "gemeente X", "deltaWonen"). */
function bareName(line: string): boolean {
  const words = line.split(/\s+/);
  if (line.length > 60 || words.length > 6 || /[,;:.]$/.test(line) || LIST_ITEM.test(line)) return false;
  return words.every((w, i) => /^[\p{Lu}\d'‘’&(]/u.test(w) || CAMEL_BRAND.test(w) || NAME_SMALL_WORD.test(w) || (i === 0 && /^gemeente$/i.test(w)));
}

/** The next non-blank line after line j. */
function nextLine(lines: readonly string[], j: number): string {
  for (let k = j + 1; k < Math.min(lines.length, j + 4); k++) if (lines[k]!.trim()) return clean(lines[k]!);
  return '';
}

/** The items after an intro line, each joined over its wrapped lines. */
function partyItems(lines: readonly string[], from: number): string[] {
  const items: string[] = [];
  let current: string[] | null = null;
  let blank = false;
  /** The current item opened with a list mark ("•", "1."): its next lines are not names of their own. */
  let marked = false;
  let markKind: string | null = null;
  const close = () => {
    if (current?.length) items.push(current.join(' '));
    current = null;
  };
  for (let j = from; j < Math.min(lines.length, from + 60); j++) {
    const raw = clean(lines[j]!);
    if (!raw) {
      blank = true;
      continue;
    }
    if (BLOCK_END.test(raw)) break;
    if (SEPARATOR.test(raw)) {
      close();
      blank = true;
      continue;
    }
    // Names side by side in columns ("Gemeente Heemstede      Elan Wonen      Huurdersvereniging Heemstede"), as a
    // signature page sets them: each column an item; the lines under them (functions) describe them.
    const columns = raw.split(/\s{3,}/);
    if (!current && columns.length >= 2 && columns.every(bareName)) {
      items.push(...columns);
      blank = false;
      continue;
    }
    const previous = current ? current[current.length - 1]! : null;
    // Names one per line ("gemeente Venlo" / "Woonwenz" / "Wonen Limburg"): each line is an item of its own.
    if (!blank && !marked && current?.length === 1 && previous && bareName(previous) && bareName(raw) && !/^\d/.test(raw)) {
      close();
      current = [raw];
      blank = false;
      continue;
    }
    // A wrapped line: the previous one did not end the item (";", ".") and breaks off mid-clause.
    // A new list mark ("- Woonstichting Patrimonium") always opens an item of its own.
    const wrapped = !blank && !LIST_ITEM.test(raw) && !/[;.]$/.test(previous ?? '') && (/[,:]$/.test(previous ?? '') || /\p{Ll}$/u.test(previous ?? '') || /^\p{Ll}/u.test(raw));
    // "vertegenwoordigd door …" in a paragraph of its own still describes the party above it.
    const continues = previous !== null && (wrapped || startsDescription(raw));
    if (LIST_ITEM.test(raw) && !continues) {
      // "- Woonbron;" items, then "3. Leeswijzer": another kind of mark starts the next section.
      const kind = /^\d/.test(raw) ? 'number' : /^[a-z][.)]/.test(raw) ? 'letter' : 'bullet';
      if (markKind !== null && kind !== markKind) break;
      markKind = kind;
      close();
      marked = true;
      current = [raw.replace(LIST_ITEM, '').trim()];
    } else if (continues) current!.push(raw);
    else if (opensParty(raw, nextLine(lines, j))) {
      close();
      marked = false;
      current = [raw];
    } else if (items.length === 0 && !current && /:$/.test(raw) && raw.length < 200) {
      // "De gemeente en de corporaties, te weten:" – a second intro line.
    } else break;
    blank = false;
  }
  close();
  return items;
}

/** "Partijen" (or "De ondergetekenden:", "… gemaakt door:") followed by the parties one by one. */
export function addFromListBlock(lines: readonly string[], parties: PartyList, municipality: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap test first: the intro is a short heading or a line ending in a colon.
    // "… zijn gemaakt door de volgende partijen." introduces them as well.
    if (!SENTENCE_INTRO.test(line) && ((line.length > 60 && !line.trimEnd().endsWith(':')) || !LIST_INTRO.test(clean(line)))) continue;
    for (const item of partyItems(lines, i + 1)) addListItem(item, parties, municipality);
  }
}
