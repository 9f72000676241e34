/**
 * Reviewing, correcting and uploading documents, for every channel. Roles are checked here, so the
 * console, Slack, Teams and the CLI refuse the same things: only a coordinator of the document's
 * municipality (or an admin) may upload, correct or mark it reviewed.
 */
import { ingestBuffers, type IngestDeps } from '../app/ingest-files.js';
import { DomainError } from '../core/errors.js';
import type { Person } from '../core/people.js';
import { isCoordinatorAnywhere, mayCoordinate } from '../core/permissions.js';
import type { Clock, Logger, SearchIndexer } from '../core/ports.js';
import { sameParty } from '../core/parties.js';
import type { Actor, AgreementChanges, DocumentReview, ReviewPort, ReviewState, ReviewStore, UploadOutcome } from '../core/review.js';
import { parseChanges } from './changes.js';
import { reviewTexts as t } from './texts.js';

/** More files in one upload is a mistake more often than a plan; the CLI has no such limit. */
export const MAX_FILES_PER_UPLOAD = 20;

export interface ReviewDeps {
  store: ReviewStore;
  indexer: SearchIndexer;
  /** The ingestion the CLI and the server hand-off use; uploads go through the same. */
  ingest: IngestDeps;
  clock: Clock;
  timeZone: string;
  maxUploadBytes: number;
  logger?: Logger;
}

export type ReviewService = ReturnType<typeof createReviewService>;

const forbidden = (message: string) => new DomainError('forbidden', message);

/** A person from the directory as who made a change. */
export const actorOf = (person: Person): Actor => ({ id: person.id, name: person.name });

export function createReviewService(deps: ReviewDeps) {
  const { store, clock } = deps;

  /** Re-indexes after a correction, so answers cite the corrected number, title and parties. */
  async function reindex(documentId: string): Promise<void> {
    try {
      await deps.indexer.indexDocument(documentId);
    } catch (err) {
      // The correction is stored; the index catches up at the next indexing of the document.
      deps.logger?.error('re-index after correction failed', { documentId, error: String((err as Error).stack ?? err) });
    }
  }

  /** Typed party names in the spelling the document uses ("beter wonen" → "Beter Wonen"). */
  function canonicalParties(names: string[], review: DocumentReview | null): string[] {
    const known = review ? [...review.document.parties, ...review.agreements.flatMap((a) => [...a.extracted.responsible, ...a.agreement.responsible])] : [];
    return names.map((n) => known.find((k) => sameParty(k, n)) ?? n);
  }

  /** Corrects one agreement as `actor`, who must coordinate its municipality; the operator at the CLI may always. */
  async function correctAs(actor: Actor, allowed: (municipality: string) => boolean, agreementId: string, input: Record<string, unknown>) {
    const where = await store.locateAgreement(agreementId);
    if (!where) throw new DomainError('not_found', t.agreementGone);
    if (!allowed(where.municipality)) throw forbidden(t.correctNotAllowed(where.municipality));
    const changes: AgreementChanges = parseChanges(input);
    if (changes.responsible) changes.responsible = canonicalParties(changes.responsible, await store.getDocumentReview(where.documentId));
    const result = await store.saveCorrections(agreementId, changes, actor, clock.now());
    if (result.changed.length > 0) {
      deps.logger?.info('agreement corrected', { agreementId, documentId: result.documentId, fields: result.changed, by: actor.id });
      await reindex(result.documentId);
    }
    return result;
  }

  async function markReviewedAs(actor: Actor, allowed: (municipality: string) => boolean, documentId: string): Promise<ReviewState> {
    const review = await store.getDocumentReview(documentId);
    if (!review) throw new DomainError('not_found', t.documentGone);
    if (!allowed(review.document.municipality)) throw forbidden(t.reviewNotAllowed(review.document.municipality));
    const at = clock.now();
    if (!(await store.markReviewed(documentId, actor, at))) throw new DomainError('not_found', t.documentGone);
    deps.logger?.info('document reviewed', { documentId, by: actor.id });
    return { at, by: actor };
  }

  const service = {
    timeZone: deps.timeZone,
    maxUploadBytes: deps.maxUploadBytes,

    mayReview: (person: Person | null, municipality: string) => mayCoordinate(person, municipality),
    mayUpload: (person: Person | null) => isCoordinatorAnywhere(person),

    /**
     * Reads and stores uploaded documents like `ingest` does; a document of a municipality the person does
     * not coordinate is refused before anything of it is stored.
     */
    async upload(person: Person | null, files: Array<{ name: string; data: Buffer }>): Promise<UploadOutcome[]> {
      if (!person || !isCoordinatorAnywhere(person)) throw forbidden(t.uploadNotAllowed);
      if (files.length === 0) throw new DomainError('bad_input', t.noFiles);
      if (files.length > MAX_FILES_PER_UPLOAD) throw new DomainError('bad_input', t.tooManyFiles(MAX_FILES_PER_UPLOAD));
      const agreements = deps.ingest.agreements;
      const guarded: IngestDeps = {
        ...deps.ingest,
        agreements: {
          ...agreements,
          saveDocument: async (doc, meta) => {
            if (!mayCoordinate(person, doc.municipality)) throw forbidden(t.notCoordinatorOf(doc.municipality));
            return agreements.saveDocument(doc, meta);
          },
        },
      };
      const outcomes = await ingestBuffers(guarded, files);
      for (const o of outcomes) {
        if (o.ok) deps.logger?.info('document uploaded', { documentId: o.documentId, status: o.status, by: person.id });
        else deps.logger?.warn('upload refused', { file: o.file, by: person.id, error: o.error });
      }
      return outcomes.map((o): UploadOutcome => (o.ok ? { file: o.file, ok: true, status: o.status, documentId: o.documentId, municipality: o.municipality, title: o.title, agreements: o.agreements, warnings: o.warnings } : o));
    },

    listDocuments: () => store.listDocumentReviews(),
    /** Documents of a municipality a coordinator has not (yet) checked in this version. */
    async unreviewed(municipality: string) {
      return (await store.listDocumentReviews({ municipality })).filter((d) => !d.review);
    },
    review: (documentId: string) => store.getDocumentReview(documentId),
    async findReview(municipality: string, title: string): Promise<DocumentReview | null> {
      const id = await store.findDocument(municipality, title);
      return id ? store.getDocumentReview(id) : null;
    },

    async correct(person: Person | null, agreementId: string, changes: Record<string, unknown>) {
      if (!person) throw forbidden(t.correctNotAllowed('deze gemeente'));
      return correctAs(actorOf(person), (m) => mayCoordinate(person, m), agreementId, changes);
    },
    async markReviewed(person: Person | null, documentId: string) {
      if (!person) throw forbidden(t.reviewNotAllowed('deze gemeente'));
      return markReviewedAs(actorOf(person), (m) => mayCoordinate(person, m), documentId);
    },

    /** The CLI: whoever runs it holds the database, like `ingest` and `directory import`; it is recorded as them. */
    operator: {
      correct: (actor: Actor, agreementId: string, changes: Record<string, unknown>) => correctAs(actor, () => true, agreementId, changes),
      markReviewed: (actor: Actor, documentId: string) => markReviewedAs(actor, () => true, documentId),
    },
  };
  return service satisfies ReviewPort;
}
