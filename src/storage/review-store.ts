/**
 * Corrections and reviews of documents. A review is kept per municipality + title with a fingerprint of
 * the document's agreements: a new version with the same agreements stays reviewed, one that differs not.
 */
import { compareNumbers, type Agreement, type StoredDocument } from '../core/agreement.js';
import { DomainError } from '../core/errors.js';
import type { AgreementRepository } from '../core/ports.js';
import {
  CORRECTABLE_FIELDS,
  type AgreementFields,
  type CorrectableField,
  type DocumentReview,
  type DocumentReviewSummary,
  type ReviewState,
  type ReviewStore,
} from '../core/review.js';
import {
  applyToRow,
  fieldsOf,
  loadCorrections,
  loadIdentities,
  matchAgreement,
  resolveCorrections,
  toFieldCorrections,
  toUnmatched,
  type CorrectionRow,
  type Identity,
} from './corrections.js';
import type { Db } from './database.js';
import type { SqlExecutor } from './migrate.js';
import { storageTexts as t } from './texts.js';

/**
 * What a review vouches for: period, parties and every agreement's number, title, theme, kind, parties and
 * texts as extracted, in document order. Separators are control characters that never occur in them.
 */
const FINGERPRINT = (d: string) => `md5(concat_ws(chr(30),
  coalesce(${d}."periodFrom"::text, '-'), coalesce(${d}."periodTo"::text, '-'), coalesce(${d}."actionYear"::text, '-'),
  array_to_string(${d}.parties, chr(31)),
  coalesce((SELECT string_agg(concat_ws(chr(31), a.number, a.title, coalesce(a."chapterTitle", '-'), coalesce(a.kind, '-'),
                                        array_to_string(a.responsible, chr(29)), a."multiYearText", a."yearText"), chr(28) ORDER BY a.position, a.number)
            FROM "Agreement" a WHERE a."documentId" = ${d}.id), '')))`;

/** Milliseconds since the epoch: timestamps without a zone are read the same by every driver this way. */
const MS = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

interface SummaryRow {
  id: string;
  municipality: string;
  title: string;
  sourceName: string;
  format: string;
  periodFrom: number | null;
  periodTo: number | null;
  actionYear: number | null;
  parties: string[];
  contentHash: string;
  warnings: string[];
  ingestedAtMs: number;
  agreementCount: number;
  fingerprint: string;
  reviewedFingerprint: string | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  reviewedAtMs: number | null;
  corrections: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Corrections and reviews on the database; `stored` is the repository without corrections (what was extracted). */
export function createReviewStore(db: Db, stored: AgreementRepository): ReviewStore {
  const { sql } = db;

  /** Documents with their review state in one query (digests ask per municipality, rounds per form step). */
  async function summaries(filter: { municipality?: string; documentId?: string }): Promise<DocumentReviewSummary[]> {
    const rows = await sql.query<SummaryRow>(
      `SELECT d.id, d.municipality, d.title, d."sourceName", d.format, d."periodFrom", d."periodTo", d."actionYear", d.parties, d."contentHash",
              d.warnings, ${MS('d."ingestedAt"')} AS "ingestedAtMs",
              (SELECT count(*)::int FROM "Agreement" a WHERE a."documentId" = d.id) AS "agreementCount",
              ${FINGERPRINT('d')} AS fingerprint, r.fingerprint AS "reviewedFingerprint", r."reviewedBy", r."reviewedByName",
              ${MS('r."reviewedAt"')} AS "reviewedAtMs",
              (SELECT count(*)::int FROM "AgreementCorrection" c WHERE c.municipality = d.municipality AND c."documentTitle" = d.title) AS corrections
       FROM "Document" d LEFT JOIN "DocumentReview" r ON r.municipality = d.municipality AND r."documentTitle" = d.title
       WHERE ($1::text IS NULL OR lower(d.municipality) = lower($1)) AND ($2::text IS NULL OR d.id = $2)
       ORDER BY d.municipality, d.title`,
      [filter.municipality?.trim() ?? null, filter.documentId ?? null],
    );
    return rows.map((r) => {
      const document: StoredDocument = {
        id: r.id,
        municipality: r.municipality,
        title: r.title,
        sourceName: r.sourceName,
        format: r.format,
        period: { from: r.periodFrom, to: r.periodTo },
        actionYear: r.actionYear,
        parties: r.parties,
        contentHash: r.contentHash,
        warnings: r.warnings,
        ingestedAt: new Date(Number(r.ingestedAtMs)),
        agreementCount: r.agreementCount,
      };
      const state: ReviewState | null = r.reviewedBy ? { at: new Date(Number(r.reviewedAtMs)), by: { id: r.reviewedBy, name: r.reviewedByName ?? r.reviewedBy } } : null;
      const current = !!state && r.reviewedFingerprint === r.fingerprint;
      return { document, review: current ? state : null, earlierReview: current ? null : state, corrections: r.corrections };
    });
  }

  /** The extracted agreements of a document. */
  async function agreementsOf(documentId: string, municipality: string): Promise<Agreement[]> {
    return (await stored.listAgreements({ municipality })).filter((a) => a.documentId === documentId);
  }

  /** Effective numbers of every agreement of a municipality (all its documents), for moving progress reports. */
  async function effectiveNumbers(tx: SqlExecutor, municipality: string): Promise<Array<{ id: string; number: string }>> {
    const docs = (await tx.query<{ id: string }>('SELECT id FROM "Document" WHERE municipality = $1', [municipality])).map((d) => d.id);
    const identities = await loadIdentities(tx, docs);
    const corrections = await loadCorrections(tx, docs);
    const { byAgreement } = resolveCorrections(identities, corrections);
    return identities.map((i) => ({ id: i.id, number: (byAgreement.get(i.id)?.get('number')?.value as string | undefined) ?? i.number }));
  }

  return {
    listDocumentReviews: (filter = {}) => summaries(filter),

    async getDocumentReview(documentId) {
      const [summary] = await summaries({ documentId });
      if (!summary) return null;
      const agreements = await agreementsOf(documentId, summary.document.municipality);
      const corrections = await loadCorrections(sql, [documentId]);
      const { byAgreement, unmatched } = resolveCorrections(agreements, corrections);
      const reviewed = agreements
        .map((a) => {
          const fields = byAgreement.get(a.id);
          const extracted = fieldsOf(a);
          return { agreement: applyToRow(a, fields), extracted, corrections: toFieldCorrections(fields, extracted) };
        })
        .sort((x, y) => compareNumbers(x.agreement.number, y.agreement.number));
      return { ...summary, agreements: reviewed, unmatched: unmatched.map(toUnmatched) } satisfies DocumentReview;
    },

    async findDocument(municipality, title) {
      const rows = await sql.query<{ id: string; exact: boolean }>(
        `SELECT id, (municipality = $1 AND title = $2) AS exact FROM "Document"
         WHERE lower(municipality) = lower($1) AND lower(title) = lower($2) ORDER BY 2 DESC LIMIT 1`,
        [municipality.trim(), title.trim()],
      );
      return rows[0]?.id ?? null;
    },

    async locateAgreement(agreementId) {
      const rows = await sql.query<{ documentId: string; municipality: string }>(
        'SELECT a."documentId", d.municipality FROM "Agreement" a JOIN "Document" d ON d.id = a."documentId" WHERE a.id = $1',
        [agreementId],
      );
      return rows[0] ?? null;
    },

    async saveCorrections(agreementId, changes, by, at) {
      return sql.transaction(async (tx) => {
        // Locks the document: a correction and a new version of it (or another correction) do not interleave.
        const [target] = await tx.query<Identity & { chapterTitle: string | null; kind: string | null; responsible: string[]; municipality: string; documentTitle: string }>(
          `SELECT a.id, a."documentId", a.number, a.title, a."chapterTitle", a.kind, a.responsible, d.municipality, d.title AS "documentTitle"
           FROM "Agreement" a JOIN "Document" d ON d.id = a."documentId" WHERE a.id = $1 FOR UPDATE OF d`,
          [agreementId],
        );
        if (!target) throw new DomainError('not_found', t.agreementGone);
        // One query at a time: a transaction holds one connection.
        const identities = await loadIdentities(tx, [target.documentId]);
        const corrections = await loadCorrections(tx, [target.documentId]);
        const { byAgreement } = resolveCorrections(identities, corrections);
        const extracted = fieldsOf(target);
        const current = fieldsOf(applyToRow(target, byAgreement.get(target.id)));
        const changed = CORRECTABLE_FIELDS.filter((f) => changes[f] !== undefined && !same(changes[f], current[f]));
        if (changed.length === 0) return { documentId: target.documentId, changed };

        const next = changes.number;
        if (next !== undefined && changed.includes('number')) {
          const taken = identities.find((i) => i.id !== target.id && ((byAgreement.get(i.id)?.get('number')?.value as string | undefined) ?? i.number) === next);
          if (taken) throw new DomainError('number_taken', t.numberTaken(next, taken.title));
        }
        const mine = (c: CorrectionRow) => matchAgreement(identities, c)?.id === target.id;
        for (const field of changed) {
          const stale = corrections.filter((c) => c.field === field && mine(c)).map((c) => c.id);
          if (stale.length) await tx.query('DELETE FROM "AgreementCorrection" WHERE id = ANY($1::text[])', [stale]);
          // Back to what the extractor found: no correction left.
          if (same(changes[field], extracted[field])) continue;
          await tx.query(
            `INSERT INTO "AgreementCorrection" (id, municipality, "documentTitle", "sourceNumber", "sourceTitle", field, value, "correctedBy", "correctedByName", "correctedAt")
             VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
             ON CONFLICT (municipality, "documentTitle", "sourceNumber", "sourceTitle", field)
             DO UPDATE SET value = EXCLUDED.value, "correctedBy" = EXCLUDED."correctedBy", "correctedByName" = EXCLUDED."correctedByName", "correctedAt" = EXCLUDED."correctedAt"`,
            [target.municipality, target.documentTitle, target.number, target.title, field, JSON.stringify(changes[field] as AgreementFields[typeof field]), by.id, by.name, at.toISOString()],
          );
        }
        if (next !== undefined && changed.includes('number')) await moveReports(tx, target.municipality, current.number, next);
        return { documentId: target.documentId, changed: changed as CorrectableField[] };
      });
    },

    async markReviewed(documentId, by, at) {
      const rows = await sql.query(
        `INSERT INTO "DocumentReview" (municipality, "documentTitle", fingerprint, "reviewedBy", "reviewedByName", "reviewedAt")
         SELECT d.municipality, d.title, ${FINGERPRINT('d')}, $2, $3, $4 FROM "Document" d WHERE d.id = $1
         ON CONFLICT (municipality, "documentTitle") DO UPDATE SET fingerprint = EXCLUDED.fingerprint, "reviewedBy" = EXCLUDED."reviewedBy",
           "reviewedByName" = EXCLUDED."reviewedByName", "reviewedAt" = EXCLUDED."reviewedAt"
         RETURNING 1 AS ok`,
        [documentId, by.id, by.name, at.toISOString()],
      );
      return rows.length > 0;
    },
  };

  /**
   * Progress reports are linked by municipality + number: when a number is corrected they follow it, unless
   * another agreement of the municipality still has the old number (or already has reports under the new one).
   */
  async function moveReports(tx: SqlExecutor, municipality: string, from: string, to: string): Promise<void> {
    if ((await effectiveNumbers(tx, municipality)).some((a) => a.number === from)) return;
    await tx.query(
      `WITH moved AS (
         UPDATE "ProgressReport" p SET number = $3
         WHERE p.municipality = $1 AND p.number = $2
           AND NOT EXISTS (SELECT 1 FROM "ProgressReport" q WHERE q.municipality = $1 AND q.number = $3 AND q.quarter = p.quarter AND q.party = p.party)
         RETURNING p.quarter, p.party)
       UPDATE "ProgressReportChange" c SET number = $3 FROM moved
       WHERE c.municipality = $1 AND c.number = $2 AND c.quarter = moved.quarter AND c.party = moved.party`,
      [municipality, from, to],
    );
  }
}
