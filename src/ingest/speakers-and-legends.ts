/**
 * Who a document says is responsible, beyond a name in a column: the party whose list of commitments it is ("Mercatus
 * zegt toe:"), and the short forms of its legend in a column per party ("G = Gemeente Ridderkerk").
 */
import type { ExtractedParty } from '../core/agreement.js';
import { escapeRegExp } from './names.js';

/** "Mercatus zegt toe:", "Toezeggingen van de gemeente:": the party whose commitments follow. */
const SPEAKER = /^(?:(.{2,60}?)\s+(?:zegt|zeggen)\s+(?:het\s+volgende\s+)?toe|(?:toezeggingen|inzet|bijdrage)\s+van\s+(.{2,60}?))\s*:?$/i;
/**
 * "Merwehoven zorgt voor:": the same, said as what a party takes care of; a heading may leave out the colon
 * ("3  Gemeente Gorinchem zorgt voor"), a line of text may not (it would end a sentence wrapped after "zorgt voor"),
 * and inside an agreement such a line leads in to its own list ("De corporaties zorgen voor:").
 */
const TAKES_CARE = /^(.{2,60}?)\s+(?:zorgt|zorgen)\s+(?:er\s+)?voor\s*(:?)$/i;
/** A chapter "Samen" (or "Gezamenlijk") after the chapters per party: what all parties do together. */
const TOGETHER_CHAPTER = /^(?:samen|gezamenlijk)$/i;
/** "Wat doet de gemeente?", "Wat doet Maasdelta?", "Wat doen we samen?": a chapter per party (not "Wat doen we aan schimmel?"). */
const PARTY_CHAPTER = /^[Ww]at\s+(?:doet|doen)\s+(de\s+gemeente|de\s+huurders(?:organisaties?)?|de\s+(?:woning)?corporaties?|we\s+samen|wij\s+samen|partijen\s+samen|\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,3})\s*[:?]?$/u;

/**
 * A line that says whose commitments follow ("Mercatus zegt toe:", "Wat doet Maasdelta?"): the party it names, or
 * `who: null` when they are everyone's ("Gezamenlijk zeggen partijen toe:", "Wat doen we samen?"); null for any other line.
 * `heading`: the line is a heading; `inAgreement`: a line of text inside an agreement.
 */
export function speakerLine(line: string, heading = false, inAgreement = false): { who: string | null } | null {
  if (heading && TOGETHER_CHAPTER.test(line)) return { who: null };
  const m = SPEAKER.exec(line);
  const care = m ? null : TAKES_CARE.exec(line);
  // "Woonstichting Dijkhoven (hierna: Dijkhoven) zorgt voor:": the short form in brackets is no part of the name.
  const who = (m ? (m[1] ?? m[2])! : care && (heading || (care[2] && !inAgreement)) ? care[1] : PARTY_CHAPTER.exec(line)?.[1])?.replace(/\s*\([^)]*\)/g, '').trim();
  if (who === undefined) return null;
  return { who: !who || /\bpartijen\b|\bgezamenlijk|\bsamen\b|\balle\b|^(?:we|wij)$/i.test(who) ? null : who };
}

/** The party a "… zegt toe:" line names, by its name or a short form ("De gemeente", "Mercatus"). */
export function speakerParty(speaker: string, parties: readonly ExtractedParty[]): ExtractedParty | null {
  const key = speaker.toLowerCase().replace(/^(?:de|het)\s+/, '');
  if (/^gemeente\b/.test(key)) return parties.find((p) => p.kind === 'gemeente') ?? null;
  return parties.find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().replace(/^(?:de|het)\s+/, '') === key)) ?? null;
}

/**
 * "G, W" in a column per party: the short forms the document's legend spells out ("G = Gemeente Ridderkerk"). Built
 * once per document; the returned function expands one cell.
 */
export function legendExpander(abbreviations: ReadonlyArray<{ short: string; long: string }>): (cell: string) => string {
  // "gem/RK/ho": a list's small-letter short forms name parties too, as whole words of two letters or more.
  const forms = abbreviations.filter((a) => /^\p{Lu}/u.test(a.short) || /^\p{Ll}{2,}\.?$/u.test(a.short)).sort((a, b) => b.short.length - a.short.length);
  if (!forms.length) return (cell) => cell;
  // One pass, longest first: "HR KW" is one short form, not "HR" and "KW".
  const re = new RegExp(`(?<![\\p{L}\\d-])(?:${forms.map((a) => escapeRegExp(a.short)).join('|')})(?![\\p{L}\\d-])`, 'gu');
  return (cell) => cell.replace(re, (w) => forms.find((a) => a.short === w)?.long ?? w);
}
