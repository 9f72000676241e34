/** Finds documents whose search index a crash left unfinished (stored, then killed before or while indexing). */
import type { Logger, SearchIndexer } from '../core/ports.js';
import type { Db } from './database.js';

/**
 * Documents with an agreement that has no search fields yet, or — when `embeddingModel` is given — no
 * embedding for that model. A document is stored in one transaction and indexed after it, so these are
 * documents whose indexing was cut off.
 */
export async function findUnindexedDocuments(db: Db, embeddingModel?: string): Promise<string[]> {
  const rows = await db.sql.query<{ documentId: string }>(
    `SELECT DISTINCT a."documentId" FROM "Agreement" a
     WHERE a."searchBody" = ''${
       embeddingModel ? ` OR NOT EXISTS (SELECT 1 FROM "AgreementEmbedding" e WHERE e."agreementId" = a.id AND e.model = $1)` : ''
     }`,
    embeddingModel ? [embeddingModel] : [],
  );
  return rows.map((r) => r.documentId);
}

/** Indexes again every document a crash left half-indexed; returns how many. */
export async function repairIndex(deps: { db: Db; indexer: SearchIndexer; embeddingModel?: string; logger: Logger }): Promise<number> {
  const ids = await findUnindexedDocuments(deps.db, deps.embeddingModel);
  for (const id of ids) await deps.indexer.indexDocument(id);
  if (ids.length) deps.logger.info('search index repaired', { documents: ids.length });
  return ids.length;
}
