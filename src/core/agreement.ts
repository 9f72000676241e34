/** Domain types for documents and agreements, shared by ingest, storage, qa and the channels. */

export type AgreementKind = 'focus' | 'regulier';

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
  number: number;
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
export interface Agreement extends Omit<ExtractedAgreement, 'targets'> {
  id: string;
  documentId: string;
  municipality: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  targets: NumericTarget[];
}

/** The public JSON shape of an agreement (`agreements --json`). */
export interface AgreementJson {
  municipality: string;
  number: number;
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
