/**
 * Review by coordinators: what the extractor found can be corrected per field (number, title, theme, kind,
 * responsible parties), and a document is marked as checked. Corrections live beside the extracted
 * agreement and are applied when agreements are read, so a re-ingest never loses them.
 */
import type { Agreement, AgreementKind, StoredDocument } from './agreement.js';
import { DEFAULT_TIMEZONE, localDate, localTime } from './calendar.js';
import type { Person } from './people.js';

export type CorrectableField = 'number' | 'title' | 'theme' | 'kind' | 'responsible';

/** In the order the review page and the CLI show them. */
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = ['number', 'title', 'theme', 'kind', 'responsible'];

/** The fields a coordinator can correct, as values. */
export interface AgreementFields {
  number: string;
  title: string;
  /** The chapter or theme title (Agreement.chapterTitle). */
  theme: string | null;
  kind: AgreementKind | null;
  responsible: string[];
}

export type AgreementChanges = Partial<AgreementFields>;

/** Who did something: a person from the directory, or the operator at the CLI ("cli:<name>"). */
export interface Actor {
  id: string;
  name: string;
}

/** One corrected field: the value in force, who set it and when. */
export interface FieldCorrection<F extends CorrectableField = CorrectableField> {
  field: F;
  value: AgreementFields[F];
  by: Actor;
  at: Date;
}

/** A correction whose agreement is no longer in the document (a new version dropped it). */
export interface UnmatchedCorrection extends FieldCorrection {
  sourceNumber: string;
  sourceTitle: string;
}

export interface ReviewedAgreement {
  /** The agreement as everyone reads it: corrections applied. */
  agreement: Agreement;
  /** What the extractor found. */
  extracted: AgreementFields;
  corrections: FieldCorrection[];
}

export interface ReviewState {
  at: Date;
  by: Actor;
}

export interface DocumentReviewSummary {
  document: StoredDocument;
  /** Null until a coordinator checked this version (or an earlier one with the same agreements). */
  review: ReviewState | null;
  /** A review of an earlier version whose agreements differ from this one. */
  earlierReview: ReviewState | null;
  corrections: number;
}

export interface DocumentReview extends DocumentReviewSummary {
  agreements: ReviewedAgreement[];
  unmatched: UnmatchedCorrection[];
}

/** Storage of corrections and reviews (implemented in storage/). */
export interface ReviewStore {
  listDocumentReviews(filter?: { municipality?: string }): Promise<DocumentReviewSummary[]>;
  getDocumentReview(documentId: string): Promise<DocumentReview | null>;
  /** The current version's id of the document with this municipality and title (any case). */
  findDocument(municipality: string, title: string): Promise<string | null>;
  /** The document an agreement belongs to; null when it is gone (a new version replaced it). */
  locateAgreement(agreementId: string): Promise<{ documentId: string; municipality: string } | null>;
  /**
   * Stores corrections of one agreement in one transaction; a value equal to what the extractor found
   * removes the correction. Throws a DomainError when the agreement is gone or a number is taken.
   */
  saveCorrections(agreementId: string, changes: AgreementChanges, by: Actor, at: Date): Promise<{ documentId: string; changed: CorrectableField[] }>;
  /** False when the document is gone (replaced by a new version meanwhile). */
  markReviewed(documentId: string, by: Actor, at: Date): Promise<boolean>;
}

/** Which documents of a municipality are not (yet) checked: digests and quarterly rounds mark them. */
export interface ReviewStatus {
  unreviewed(municipality: string): Promise<DocumentReviewSummary[]>;
}

/** One file of an upload, as the console, Slack and Teams report it. */
export type UploadOutcome =
  | {
      file: string;
      ok: true;
      status: 'created' | 'replaced' | 'unchanged';
      documentId: string;
      municipality: string;
      title: string;
      agreements: number;
      warnings: string[];
    }
  | { file: string; ok: false; error: string };

/** What the channels use to review, correct and upload (implemented in review/); roles are checked inside. */
export interface ReviewPort {
  readonly timeZone: string;
  readonly maxUploadBytes: number;
  mayReview(person: Person | null, municipality: string): boolean;
  mayUpload(person: Person | null): boolean;
  upload(person: Person | null, files: Array<{ name: string; data: Buffer }>): Promise<UploadOutcome[]>;
  listDocuments(): Promise<DocumentReviewSummary[]>;
  review(documentId: string): Promise<DocumentReview | null>;
  findReview(municipality: string, title: string): Promise<DocumentReview | null>;
  correct(person: Person | null, agreementId: string, changes: Record<string, unknown>): Promise<{ documentId: string; changed: CorrectableField[] }>;
  markReviewed(person: Person | null, documentId: string): Promise<ReviewState>;
}

/** The path of a document's review page in the console (stable across versions). */
export function reviewPath(municipality: string, title: string): string {
  return `/documents/${encodeURIComponent(municipality)}/${encodeURIComponent(title)}`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "3 december 2026, 14:05" in local time: when a correction or review was made. */
export function formatMoment(at: Date, timeZone = DEFAULT_TIMEZONE): string {
  const [y, m, d] = localDate(at, timeZone).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}, ${localTime(at, timeZone)}`;
}
