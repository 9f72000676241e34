/**
 * A list of abbreviations ("Afkortingen" with "WEL   Weller" lines, or "Afkortingen: Gem = gemeente Tiel;
 * KW = KleurrijkWonen") gives the short forms that "Trekker" columns use: each becomes an alias of the party it
 * stands for, so "WEL / WPT" resolves to Weller and Woonpunt instead of becoming parties of their own.
 */
import { escapeRegExp } from '../names.js';
import { readOwnerList } from './owner-list.js';
import { nameKey, type PartyList } from './party-list.js';

const HEADING = /^\s*(?:bijlage(?:\s+[\dA-Z]{1,3})?\s*[:.–-]?\s*|\d{1,2}[.)]?\s+)?(?:(?:lijst\s+(?:van\s+)?|gebruikte\s+)?afkortingen(?:lijst)?(?:\s+(?:in|bij)\s+(?:de|dit|deze)\s+\p{L}+)?|legenda(?:\s+(?:bij|van|voor)\s+(?:de|het|deze|dit)\s+\p{L}+)?)\s*:?\s*$/iu;
const GLOSSARY = /^\s*(?:bijlage\s+[\dA-Z]{1,3}\s*[:.–-]?\s*)?(?:begrippen(?:lijst)?|(?:verklarende\s+)?woordenlijst)\s*:?\s*$/iu;
/** "# 2 Afkortingen", "Hoofdstuk 2 Afkortingen", "Bijlage 3. Afkortingen": a heading's mark and number go before its name. */
const HEADING_NUMBER = /^\s*(?:#{1,6}\s+)?(?:(?:hoofdstuk|paragraaf)\s+)?\d{1,2}(?:\.\d{1,2})?\.?\s+(?=\p{L})|^\s*#{1,6}\s+/iu;
/** "Afkorting | Betekenis": a table's header row says its rows are abbreviations, whatever the heading above it. */
const TABLE_HEADER = /^\s*afkorting(?:en)?\t+(?:betekenis|omschrijving|voluit|uitleg|staat\s+voor|naam)\s*$/i;
const INLINE = /(?:^|[\s>])(?:gebruikte\s+)?afkortingen(?:\s+(?:in|bij)\s+(?:de|dit|deze)\s+\p{L}+)?\s*:\s*(.+)$/iu;
/** "WEL   Weller", "HR-WSG: Huurdersraad WSG", "Gem. = Gemeente Doetinchem". */
const ENTRY = /^\s*([\p{L}][\p{L}\d.&/'’-]{0,11}(?: [\p{Lu}][\p{L}\d.&'’-]{0,5})?)(?:\s{2,}|\t+|\s*[:=]\s*|\s+[–—-]\s+)(\S.{1,120})$/u;
/** "de afkortingen HRGW (Huurdersraad GroenWest), HVK (Huurdersvereniging Kamerik)": the short form, then the name. */
const SHORT_THEN_NAME = /\b(\p{Lu}[\p{Lu}\d&-]{1,7})\s*\(([\p{Lu}][^()]{2,60})\)/gu;
const ORGANISATION = /woon|wonen|woning|huurder|bewoner|stichting|vereniging|corporatie|gemeente/i;

/** The first word of an organisation's name: "Woonstichting", "Huurdersraad", "Stichting Welzijn …". */
const ORGANISATION_START = /^(?:woning|woon|wonen|huurder|bewoner|stichting|vereniging|coöperatie|corporatie|gemeente)/i;

/**
 * "ZKD Woonstichting Zuidkade": a PDF may set the short form (in bold) only a space before the name. The short form
 * is then the one to three words before the word that opens an organisation's name.
 */
function spacedEntry(line: string): [string, string, string] | null {
  const words = line.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return null;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (words[k - 1]!.length > 12) return null;
    if (/^\p{Lu}/u.test(words[k]!) && ORGANISATION_START.test(words[k]!)) return ['', words.slice(0, k).join(' '), words.slice(k).join(' ')];
  }
  return null;
}

const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    // "Huurdersvereniging Andijk, huurdersorganisatie van Het Grootslag": what follows the comma describes it.
    .replace(/,\s+\p{Ll}.*$/u, '')
    .replace(/[.;,]\s*$/, '')
    .trim();

/** The pairs (short form, what it stands for) of the document's abbreviation lists. */
export function readAbbreviations(lines: readonly string[]): Array<{ short: string; long: string }> {
  const out: Array<{ short: string; long: string }> = [];
  const push = (short: string, long: string) => {
    const s = short.trim();
    const l = plain(long);
    if (s && l && s !== l) out.push({ short: s, long: l });
  };
  for (let i = 0; i < lines.length; i++) {
    // "¹ Afkortingen": a footnote's mark before the heading.
    const line = lines[i]!.replace(/\t+$/, '').replace(/^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰*]+\s*/, '');
    if (/afkorting/i.test(line)) for (const m of line.matchAll(SHORT_THEN_NAME)) push(m[1]!, m[2]!);
    const inline = INLINE.exec(line);
    if (inline && /=|:/.test(inline[1]!)) {
      // The list may run on over the next lines of its paragraph.
      let list = inline[1]!;
      for (let j = i + 1; j < lines.length && lines[j]!.trim() && !/[.]\s*(?:<\/p>)?\s*$/.test(list.trim()); j++) list += ` ${lines[j]!.trim()}`;
      for (const item of plain(list.replace(/<\/p>.*$/, '')).split(/;\s*/)) {
        const m = /^(.{1,14}?)\s*[=:]\s*(.+)$/.exec(item.trim());
        if (m) push(m[1]!, m[2]!);
      }
      continue;
    }
    // A glossary ("Begrippen": "Bod   overzicht van …", "HBH   Huurdersbelangenvereniging Hoogeveen") explains words
    // too; only its short forms in capitals are abbreviations.
    const heading = line.replace(HEADING_NUMBER, '');
    const glossary = GLOSSARY.test(heading);
    // "In de tabellen gebruiken we de volgende afkortingen:" introduces a list as well as a heading does.
    const intro = line.length <= 120 && /\bafkortingen\b[^.]*:\s*$/i.test(line);
    const header = TABLE_HEADER.test(line);
    if (!HEADING.test(heading) && !glossary && !intro && !header) continue;
    let blanks = 0;
    for (let j = i + 1; j < lines.length && j - i < 80; j++) {
      const l = lines[j]!.replace(/\t+$/, '');
      if (!l.trim()) {
        if (++blanks >= 2 && out.length) break;
        continue;
      }
      blanks = 0;
      const cells = l.includes('\t') ? l.split('\t').map((c) => c.trim()).filter(Boolean) : null;
      const m = cells && cells.length === 2 ? ['', cells[0]!, cells[1]!] : (ENTRY.exec(l) ?? spacedEntry(l));
      // A line that is no entry ends the list, unless it only explains one ("corp.    corporaties: …").
      if (!m) {
        // "Trekker / Betrokken:" – a sub-heading of a legend; the entries go on below it.
        if (/^[^.;]{2,40}:$/.test(l.trim())) continue;
        if (l.trim().length > 80 || !/\s{2,}|\t/.test(l)) break;
        continue;
      }
      if (!glossary || /^[\p{Lu}\d&.-]{2,8}$/u.test(m[1]!.trim())) push(m[1]!, m[2]!);
    }
  }
  for (const { short, long } of readOwnerList(lines)) push(short, long);
  return out;
}

/**
/**
 * The short form is a word the text uses outside its own entry: "SNF" only in "SNF-keurmerk" and in the list names a
 * standard, not an organisation that takes part.
 */
function usedAlone(short: string, text: string): boolean {
  const word = new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(short)}(?![\\p{L}\\d-])`, 'gu');
  return (text.match(word)?.length ?? 0) >= 2;
}

/**
 * Once the document has named its parties (a corporation among them), its legend explains their short forms and its
 * own terms: an entry that is no party yet is an organisation only when its name is one (two or more words, each
 * capitalised: "Huurdersvereniging Kamerik"); "WWS Woningwaarderingsstelsel", "BW  Beschermd wonen" and
 * "HBV  Huurdersbelangenvereniging" are terms.
 */
function namesOrganisation(long: string): boolean {
  const words = long.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:de|het|van|der|den|en|op|aan|voor|'t)$/.test(w));
}

/**
 * Adds each abbreviation that stands for a party as that party's alias; one for an organisation not yet listed adds
 * it, when the text (if given) uses its short form.
 */
export function addAbbreviations(abbreviations: ReadonlyArray<{ short: string; long: string }>, parties: PartyList, municipality: string, text?: string): void {
  const named = parties.items.some((p) => p.kind === 'corporatie');
  for (const { short, long } of abbreviations) {
    // "G = Gemeente" in a legend names a column, not a word to find in the text ("label F of G"): no alias.
    const alias = short.replace(/\./g, '').length >= 2 ? [short] : [];
    const key = nameKey(long);
    const gemeente = /^gemeente\b/i.test(long) || (municipality && nameKey(long) === nameKey(municipality));
    const party = gemeente
      ? parties.items.find((p) => p.kind === 'gemeente')
      : // "PW = Pré Wonen" is the corporation, not "Huurdersraad Pré Wonen" that goes by its name.
        parties.items.find((p) => nameKey(p.name) === key || (p.aliases.some((a) => nameKey(a) === key) && !(p.kind === 'huurders' && !/^(?:huurders|bewoners)/i.test(long))));
    // "Voor LEF: …" on the signature page made a party "LEF"; "LEF  Lefier" names it.
    const listedShort = alias.length > 0 && parties.items.some((p) => p.name === short);
    if (party) {
      if (alias.length) parties.absorb(short, party);
    } else if (!gemeente && /^\p{Lu}/u.test(long) && (listedShort ? ORGANISATION.test(long) || long.split(/\s+/).length <= 6 : ORGANISATION.test(long) && (text === undefined || (usedAlone(short, text) && (!named || namesOrganisation(long)))))) {
      const added = parties.add(long, null, alias);
      if (added && listedShort) parties.absorb(short, added);
    }
  }
}
