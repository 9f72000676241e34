/** Domain types for documents and agreements, shared by ingest, storage, qa and the channels. */

/** Focus or regular agreement (a chapter's sections), or the part it stands in: the multi-year part or a year's part. */
export type AgreementKind = 'focus' | 'regulier' | 'meerjarig' | 'jaarafspraak';

/** What the extractor finds in one document, before storage. */
export interface ExtractedDocument {
  municipality: string;
  title: string;
  period: { from: number | null; to: number | null };
  /** Set when the document is a yearly action programme ("Actieprogramma 2026"). */
  actionYear: number | null;
  /** Parties named in the document, full names ("Gemeente Almelo", "Beter Wonen", ...). */
  parties: ExtractedParty[];
  agreements: ExtractedAgreement[];
  warnings: string[];
}

export interface ExtractedParty {
  name: string;
  kind: 'gemeente' | 'corporatie' | 'huurders' | 'overig';
  aliases: string[];
}

export interface ExtractedAgreement {
  /**
   * The agreement's number as the document prints it ("3", "2.1", "1.4.1", "A3"); restarting numbering is
   * qualified with its chapter ("2.1"), so it is unique within a document.
   */
  number: string;
  chapterNumber: number | null;
  /** Chapter or theme title. */
  chapterTitle: string | null;
  kind: AgreementKind | null;
  title: string;
  multiYearText: string;
  yearText: string;
  /** Normalised responsible parties ("Gemeente", "Beter Wonen", ...). */
  responsible: string[];
  /** The agreement's text as it stood in the source, for citations. */
  originalText: string;
  targets: NumericTarget[];
  /**
   * Tables that belong to the agreement (a production table, a planning), cell by cell, so an answer can
   * quote a cell with its row and column. Their text is also in multiYearText/yearText for search.
   */
  tables?: AgreementTable[];
}

/** A table as the document printed it: a header row and data rows of plain-text cells. */
export interface AgreementTable {
  caption: string | null;
  header: string[];
  rows: string[][];
}

/** A numeric target for one party in this year's text (Sint Joseph: 22 woningen verkopen). */
export interface NumericTarget {
  party: string;
  value: number;
  approximate: boolean;
  unit: string;
  verb: string;
  sentence: string;
}

/** A stored agreement, as other parts see it. */
export interface Agreement extends Omit<ExtractedAgreement, 'targets' | 'tables'> {
  id: string;
  documentId: string;
  municipality: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  targets: NumericTarget[];
  tables: AgreementTable[];
}

/** The public JSON shape of an agreement (`agreements --json`). */
export interface AgreementJson {
  municipality: string;
  number: string;
  title: string;
  chapter: number | null;
  theme: string | null;
  kind: AgreementKind | null;
  responsible: string[];
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  yearText: string;
  multiYearText: string;
}

export function toAgreementJson(a: Agreement): AgreementJson {
  return {
    municipality: a.municipality,
    number: a.number,
    title: a.title,
    chapter: a.chapterNumber,
    theme: a.chapterTitle,
    kind: a.kind,
    responsible: a.responsible,
    period: a.period,
    actionYear: a.actionYear,
    yearText: a.yearText,
    multiYearText: a.multiYearText,
  };
}

/**
 * Orders agreement numbers as people read them: "2" before "10", "1.9" before "1.10", "A2" before "B1".
 * Numeric parts compare as numbers, other parts as text.
 */
export function compareNumbers(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else if (nx !== ny) return nx ? -1 : 1;
    else if (x !== y) return x.localeCompare(y, 'nl');
  }
  return pa.length - pb.length;
}

/** Words that announce an agreement's number: "afspraak 3", "actie 7", "bod 2", "nr. 4" (the question side adds its own). */
export const NUMBER_KEYWORD_SOURCE = String.raw`(?:afspraak|actie|prestatie|maatregel|bod|resultaat|vraag|nr\.?|nummer|#)`;
/** A code of theme and year with the agreement's number, as printed: "BW26-03", "DU-2026-1". */
export const YEAR_CODE_SOURCE = String.raw`[A-Z]{1,4}-?\d{2,4}-\d{1,3}`;
/** A theme's code in capitals and the number: "BES-4", "LEEF-2". */
export const THEME_CODE_SOURCE = String.raw`[A-Z]{3,4}-\d{1,3}`;

/** An agreement number as people type it inside a sentence: "3", "2.1", "1.4.1", "A3", "B 2". */
export const AGREEMENT_NUMBER_SOURCE = String.raw`(?:${YEAR_CODE_SOURCE}(?![\d-])|${THEME_CODE_SOURCE}(?![\d-])|\d{1,2}-\d{1,2}(?![\d-])|(?:19|20)\d{2}-\d{1,3}(?![\d-])|[A-Z]\.(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![A-Za-z])|(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.(?:[a-z]|\d{1,3}(?:\.\d{1,3})?)|\d{1,3}(?:\.\d{1,3}){1,3}\.[a-z](?![a-z])|[A-Z]{1,3}\.\d{1,3}(?:\.\d{1,3}){0,2}|(?:[A-Za-z]{1,2}\s?-?\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)`;

/**
 * The agreement number a person typed, as stored: "3", "2.1", "A3". Accepts "nr. 3", "afspraak 2.2",
 * "3." and "A 3"; null when it is not a number.
 */
const LEADING_KEYWORD = new RegExp(String.raw`^${NUMBER_KEYWORD_SOURCE}\s*`, 'i');
const YEAR_CODE = new RegExp(`^${YEAR_CODE_SOURCE}$`, 'i');

export function parseAgreementNumber(input: string): string | null {
  const t = input
    .trim()
    .replace(LEADING_KEYWORD, '')
    .replace(/[.)]$/, '')
    .trim();
  if (/^\d{1,3}(?:\.\d{1,3}){0,3}$/.test(t)) return t.replace(/(^|\.)0+(?=\d)/g, '$1');
  // "BW26-03", "DU-2026-1": a code of theme and year with the agreement's number, as printed; "2026-03" too.
  if (YEAR_CODE.test(t)) return t.toUpperCase();
  if (/^(?:19|20)\d{2}-\d{1,3}$/.test(t)) return t;
  // "2-3": chapter and number joined by a hyphen, as printed.
  if (/^\d{1,2}-\d{1,2}$/.test(t)) return t.replace(/(^|-)0+(?=\d)/g, '$1');
  // "C.IV": a lettered chapter and a Roman item.
  const letterRoman = /^([A-Za-z])\.(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)$/i.exec(t);
  if (letterRoman) return `${letterRoman[1]!.toUpperCase()}.${letterRoman[2]!.toUpperCase()}`;
  // "2b", "1a": a sub-item letter after the number; "IV.b": a Roman chapter and a letter.
  if (/^\d{1,3}(?:\.\d{1,3}){0,3}[a-z]$/i.test(t)) return t.replace(/(^|\.)0+(?=\d)/g, '$1').toLowerCase();
  const roman = /^(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.([a-z])$/i.exec(t);
  if (roman) return `${roman[1]!.toUpperCase()}.${roman[2]!.toLowerCase()}`;
  // "II.3": a Roman chapter and a number; "2.1.a": a measure under a dotted number.
  const romanNumber = /^(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.(\d{1,3}(?:\.\d{1,3})?)$/i.exec(t);
  if (romanNumber) return `${romanNumber[1]!.toUpperCase()}.${romanNumber[2]}`;
  if (/^\d{1,3}(?:\.\d{1,3}){1,3}\.[a-z]$/i.test(t)) return t.toLowerCase();
  // "D.2": a lettered part and its number, as printed.
  // "D.2", "BE.1": a lettered part or theme code and its number, as printed.
  const dotted = /^([A-Za-z]{1,3})\.(\d{1,3}(?:\.\d{1,3}){0,2})$/.exec(t);
  if (dotted) return `${dotted[1]!.toUpperCase()}.${dotted[2]}`;
  // "A-1" as the document prints it; "A 1" and "A1" as "A1" (a lookup matches either way).
  // "LEEF-2": a theme's code of four letters, with its hyphen.
  const m = /^([A-Za-z]{1,3})(\s?-\s?|\s?)(\d{1,3}(?:\.\d{1,3}){0,2})$/.exec(t) ?? /^([A-Za-z]{4})(-)(\d{1,3})$/.exec(t);
  if (m) return `${m[1]!.toUpperCase()}${m[2]!.includes('-') ? '-' : ''}${m[3]}`;
  return null;
}

export interface StoredDocument {
  id: string;
  municipality: string;
  title: string;
  sourceName: string;
  format: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  parties: string[];
  contentHash: string;
  warnings: string[];
  ingestedAt: Date;
  agreementCount: number;
}
