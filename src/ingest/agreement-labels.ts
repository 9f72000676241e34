/** Recognises the labels that open an agreement: "Afspraak 3.2 Titel", "Actie 7:", "1.1 Titel", "1)" and number cells. */

/** A label as written ("3.2") and its parts; dotted labels are numbered in document order. */
export interface NumberLabel {
  label: string;
  parts: number[];
}

/** Which heading style opens agreements: a keyword family ("afspraak", "actie", ...) or bare dotted labels. */
export type HeadingFamily = 'afspraak' | 'actie' | 'prestatie' | 'maatregel' | 'dotted';

export interface LabelHeading {
  family: HeadingFamily;
  label: NumberLabel;
  /** Text after the label on the same line. */
  rest: string;
}

const LABEL = String.raw`(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d])`;
const KEYWORD_HEADING = new RegExp(
  String.raw`^\s*\**\s*((?:prestatie)?afspraak|actie(?:punt)?|prestatie|maatregel)\s+(?:nr\.?\s*)?${LABEL}\s*[:.)\-–]?\s*(.*?)\**\s*$`,
  'i',
);
const DOTTED_HEADING = /^\s*\**\s*(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d])\.?\s+(\p{Lu}[^\t]*?)\**\s*$/u;
const NUMBER_CELL = /^(?:(?:nr|afspraak|actie|prestatie)\.?\s*)?(\d{1,3}(?:\.\d{1,2}){0,2})[.)]?$/i;
/** "1) Titel ..." or "1.1 Titel ..." at the start of a text cell. */
export const CELL_NUMBER = /^(\d{1,3})[).]\s+|^(\d{1,2}(?:\.\d{1,2}){1,2})[.)]?\s+(?=\p{Lu})/u;
/** A table-of-contents line ends in a page number. */
const TOC_TAIL = /(?:\t|\.{3,}|…+|\s{3,})\s*\d{1,3}\s*$/;

export function toLabel(label: string): NumberLabel {
  return { label, parts: label.split('.').map(Number) };
}

function family(keyword: string): HeadingFamily {
  const k = keyword.toLowerCase();
  if (k.endsWith('afspraak')) return 'afspraak';
  if (k.startsWith('actie')) return 'actie';
  return k === 'prestatie' ? 'prestatie' : 'maatregel';
}

/** Matches a heading line that opens an agreement; "Actie 2026:" (a year) is not a label. */
export function matchLabelHeading(line: string): LabelHeading | null {
  if (TOC_TAIL.test(line)) return null;
  const k = KEYWORD_HEADING.exec(line);
  if (k) return { family: family(k[1]!), label: toLabel(k[2]!), rest: k[3]!.trim() };
  const d = DOTTED_HEADING.exec(line);
  if (d && d[2]!.length <= 300) return { family: 'dotted', label: toLabel(d[1]!), rest: d[2]!.trim() };
  return null;
}

/** The label in a number column ("3", "3.", "1.1", "Nr. 3"). */
export function parseNumberCell(cell: string): NumberLabel | null {
  const m = NUMBER_CELL.exec(cell.trim());
  return m ? toLabel(m[1]!) : null;
}

/** The label at the start of a text cell ("1) Titel", "1.1 Titel") and the text after it. */
export function parseLeadingLabel(text: string): { label: NumberLabel; rest: string } | null {
  const m = CELL_NUMBER.exec(text);
  if (!m) return null;
  return { label: toLabel(m[1] ?? m[2]!), rest: text.slice(m[0].length) };
}

/**
 * Text after a label is a title when it reads like one (short, no closing full stop); otherwise it is the
 * first sentence of the agreement ("Afspraak 7: De gemeente bouwt 50 woningen.").
 */
export function restIsTitle(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean).length;
  if (words === 0) return false;
  if (words > 12) return false;
  return !(/[.!?;]$/.test(rest) && words > 3);
}
