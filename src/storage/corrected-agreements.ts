/**
 * The agreement repository everyone reads through, with coordinators' corrections applied: the stored
 * rows keep what the extractor found, so a re-ingest replaces those and the corrections still apply.
 */
import { compareNumbers, type Agreement } from '../core/agreement.js';
import type { AgreementRepository } from '../core/ports.js';
import { applyCorrections } from './corrections.js';
import type { Db } from './database.js';

/** Within a municipality in number order, as the inner repository lists them (a corrected number moves). */
const inNumberOrder = (list: Agreement[]) => list.sort((a, b) => a.municipality.localeCompare(b.municipality) || compareNumbers(a.number, b.number));

/** Wraps a repository so every read applies the corrections; writes go to it unchanged. */
export function withCorrections(db: Db, inner: AgreementRepository): AgreementRepository {
  // The same array back when nothing applies, so the common case costs one small query and no copy.
  const correct = (list: Agreement[]): Promise<Agreement[]> => applyCorrections(db.sql, list);

  async function listAgreements(filter?: { municipality?: string }): Promise<Agreement[]> {
    const list = await inner.listAgreements(filter);
    const corrected = await correct(list);
    return corrected === list ? list : inNumberOrder(corrected);
  }

  return {
    ...inner,
    listAgreements,

    async getAgreement(municipality, number) {
      // Only a corrected number changes which agreement a number means; otherwise the inner lookup is right.
      const renumbered = await db.sql.query('SELECT 1 FROM "AgreementCorrection" WHERE lower(municipality) = lower($1) AND field = $2 LIMIT 1', [
        municipality.trim(),
        'number',
      ]);
      if (renumbered.length === 0) {
        const found = await inner.getAgreement(municipality, number);
        return found ? ((await correct([found]))[0] ?? null) : null;
      }
      const matches = (await listAgreements({ municipality })).filter((a) => a.number === number);
      if (matches.length <= 1) return matches[0] ?? null;
      // Several documents use the number: the newest document wins, as in the inner lookup.
      const dates = await db.sql.query<{ id: string; ingestedAt: Date }>('SELECT id, "ingestedAt" FROM "Document" WHERE id = ANY($1::text[])', [
        matches.map((a) => a.documentId),
      ]);
      const at = new Map(dates.map((d) => [d.id, new Date(d.ingestedAt).getTime()]));
      return matches.sort((a, b) => (at.get(b.documentId) ?? 0) - (at.get(a.documentId) ?? 0))[0]!;
    },

    async getAgreementsByIds(ids) {
      return correct(await inner.getAgreementsByIds(ids));
    },
  };
}
