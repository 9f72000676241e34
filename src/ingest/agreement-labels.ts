/** Recognises the labels that open an agreement: "Afspraak 3.2 Titel", "Actie 7:", "1.4.1 Tekst", "A3" and number cells. */
import { TOC_TAIL } from './front-matter/contents.js';

/** Which keyword opens agreements ("Afspraak 3", "Actie 7"), so other labels stay body text. */
export type HeadingFamily = 'afspraak' | 'actie' | 'prestatie' | 'maatregel' | 'inzet' | 'resultaat' | 'bod';

export interface LabelHeading {
  family: HeadingFamily;
  /** The number as printed, without the keyword: "3.2", "7", "A3". */
  label: string;
  /** Text after the label on the same line. */
  rest: string;
}

export interface DottedLabel {
  label: string;
  depth: number;
  rest: string;
}

/** "3.2", "A3", "A.3", "A-3": a theme letter may be joined to the number by a dot or a hyphen. */
const LABEL = String.raw`((?:[A-Z][.\-]?)?\d{1,3}(?:\.\d{1,3}){0,3})(?![\d])`;
const KEYWORD_HEADING = new RegExp(
  String.raw`^\s*\**\s*((?:prestatie)?afspraak|actie(?:punt)?|prestatie|maatregel|inzet|resultaat|bod)\s+(?:nr\.?\s*|nummer\s+)?${LABEL}\.?\s*\**\s*[:.)\-–]?\s*(.*?)\**\s*$`,
  'i',
);
const DOTTED = /^\s*\**\s*(\d{1,3}(?:\.\d{1,3}){1,3})(?![\d])\.?\**\s+(\S.*?)\**\s*$/u;
/**
 * "2-3 Energiebespaarpakket": chapter and number joined by a hyphen, as others write "2.3". Only small numbers
 * before a capitalised title, so a range ("2025-2029", "10-15 woningen") is no label.
 */
const HYPHENATED = /^\s*\**\s*(\d{1,2}-\d{1,2})(?![\d\-])\.?\**\s+(\p{Lu}.*?)\**\s*$/u;
/** "A1 Titel", "B3.2 Titel", "PA-01 Titel", "LEEF-2 Titel", "II.3 Titel": a letter or code (or a Roman chapter) and the agreement's number, followed by a capitalised title. */
const LETTERED = /^\s*\**\s*((?:[A-Z][.\-]?|[A-Z]{2,4}[.\-]|(?:XI{0,2}|IX|VI{0,3}|IV|I{2,3})\.)\d{1,3}(?:\.\d{1,3}){0,2})(?![\d])[.:]?\**\s+(\p{Lu}.*?)\**\s*$/u;
/** A number cell; a code may also hold a year or group before the number ("BW26-03", "PA-2026-04"). */
const NUMBER_CELL = /^(?:(?:nr|afspraak|actie|prestatie)\.?\s*)?((?:[A-Z]{1,3}[.\-]?|(?:XI{0,2}|IX|VI{0,3}|IV|I{2,3})\.)?\d{1,3}(?:\.\d{1,3}){0,3}(?:\.?[a-z](?![a-z]))?|[A-Z]{1,4}[.\-]?\d{1,4}[\-/]\d{1,3})[.)]?$/i;
/** "1) Titel ..." or "1.1 Titel ..." at the start of a text cell. */
export const CELL_NUMBER = /^(\d{1,3})[).]\s+|^(\d{1,3}(?:\.\d{1,3}){1,3})[.)]?\s+(?=\p{Lu})/u;

function family(keyword: string): HeadingFamily {
  const k = keyword.toLowerCase();
  if (k.endsWith('afspraak')) return 'afspraak';
  if (k.startsWith('actie')) return 'actie';
  if (k === 'inzet') return 'inzet';
  // "Resultaat 1.1" under "Doel 1": the results are what partners hold each other to; the steps below them are text.
  if (k === 'resultaat') return 'resultaat';
  // "Bod 3 – Huurverhoging": a bid with the reactions to it and what was agreed on it is one agreement.
  if (k === 'bod') return 'bod';
  return k === 'prestatie' ? 'prestatie' : 'maatregel';
}

/**
 * An addendum's "Toegevoegd wordt afspraak 1.7:", "Nieuwe afspraak 2.6:" and "In afspraak 4.1 wordt … vervangen door …"
 * name the agreement they add or change, as "Afspraak 1.2 wordt als volgt gewijzigd:" does.
 */
const withoutAddendumWords = (line: string) =>
  line.replace(/^(\s*\**\s*)(?:toegevoegd\s+wordt\s+(?:de\s+|een\s+)?(?:nieuwe\s+)?|nieuwe\s+)(?=afspraak\s)/i, '$1').replace(/^(\s*\**\s*)in\s+(?=afspraak\s+\S+\s+wordt\s)/i, '$1');

/** Matches "Afspraak 3.2 Titel", "Actie 7:", "Prestatie A3 – Titel"; "Actie 2026:" (a year) is not a label. */
export function matchLabelHeading(line: string): LabelHeading | null {
  if (TOC_TAIL.test(line)) return null;
  const k = KEYWORD_HEADING.exec(withoutAddendumWords(line));
  if (!k || /^(?:19|20)\d{2}$/.test(k[2]!)) return null;
  return { family: family(k[1]!), label: k[2]!.toUpperCase(), rest: k[3]!.trim() };
}

/** Matches a line opening with a dotted number: "1.1 Titel", "1.4.1 De gemeente …". */
export function matchDotted(line: string): DottedLabel | null {
  if (TOC_TAIL.test(line)) return null;
  // "§ 2.1 Nieuwbouw": a paragraph sign before the number; "§ 2.3 tellen mee …" is a reference wrapped onto a line.
  const section = /^\s*\**\s*§\s*/.exec(line);
  if (section) {
    line = line.slice(section[0].length);
    if (!/^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+\p{Lu}/u.test(line)) return null;
  }
  const l = LETTERED.exec(line);
  if (l) return { label: l[1]!, depth: l[1]!.split('.').length + 1, rest: l[2]!.trim() };
  const h = HYPHENATED.exec(line);
  if (h) return { label: h[1]!, depth: 2, rest: h[2]!.trim() };
  const d = DOTTED.exec(line);
  if (!d) return null;
  // "1.5 miljoen", "2.3 %" are amounts, not labels.
  if (/^(?:%|procent|miljoen|mln|keer|jaar|uur|m2|euro)\b/i.test(d[2]!)) return null;
  return { label: d[1]!, depth: d[1]!.split('.').length, rest: d[2]!.trim() };
}

/** "2026-01", "2025-3", "26-04": actions numbered per year (a jaarschijf), the year before the number. */
const YEAR_CODE = /^(?:nr\.?\s*)?((?:19|20)?(\d{2})-(\d{1,3}))[.)]?$/i;

/**
 * A year and a number ("2026-04") rather than a period ("2026-27", "2026-2029"): a second part that could be a later
 * year is a period, unless it is written with a leading zero or follows the code before it ("2026-26", "2026-27").
 */
function yearCode(cell: string, previous: string | null): string | null {
  const m = YEAR_CODE.exec(cell);
  if (!m) return null;
  const [, code, year, number] = m as unknown as [string, string, string, string];
  const later = Number(number) - Number(year);
  if (number.length === 2 && !number.startsWith('0') && later >= 1 && later <= 10) {
    const before = previous ? YEAR_CODE.exec(previous) : null;
    if (!before || before[2] !== year || Number(before[3]) !== Number(number) - 1) return null;
  }
  return code;
}

/** The label in a number column ("3", "3.", "1.1", "Nr. 3", "A3", "2026-04"). */
export function parseNumberCell(cell: string): string | null {
  return parseRowNumber(cell, null);
}

/** As parseNumberCell, the label of the row above telling a code from a period ("2026-26", then "2026-27"). */
export function parseRowNumber(cell: string, previous: string | null): string | null {
  const code = yearCode(cell.trim(), previous);
  if (code) return code;
  const m = NUMBER_CELL.exec(cell.trim());
  if (!m) return null;
  // "a1" is "A1"; "1a" (a sub-item) keeps its small letter.
  const label = m[1]!;
  return /^[a-z]/i.test(label) ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/** The label at the start of a text cell ("1) Titel", "1.1 Titel") and the text after it. */
export function parseLeadingLabel(text: string): { label: string; rest: string } | null {
  const m = CELL_NUMBER.exec(text);
  if (!m) return null;
  return { label: m[1] ?? m[2]!, rest: text.slice(m[0].length) };
}

/** A sentence that ends inside a line: a word (not "St." or "nr.") and a full stop before a capital. */
const SENTENCE_INSIDE = /\p{Ll}{3,}[.!?;]\s+\p{Lu}/u;

/**
 * Text after a label is a title when it reads like one (short, no closing full stop); otherwise it is the
 * first sentence of the agreement ("Afspraak 7: De gemeente bouwt 50 woningen."), or a run-in title with the text
 * after it ("K3 Huurbeleid. De corporatie houdt …").
 */
export function restIsTitle(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean).length;
  if (words === 0) return false;
  // "Nieuwbouw 2026: In 2026 starten …": a short phrase before a colon heads a sentence that runs on.
  if (/^[^:]{2,60}:\s+\p{Lu}\S*(?:\s+\S+){2,}/u.test(rest)) return false;
  if (words > 12 || SENTENCE_INSIDE.test(rest)) return false;
  return !(/[.!?;]$/.test(rest) && words > 3);
}
