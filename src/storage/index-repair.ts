/** Finds documents whose search index a crash left unfinished (stored, then killed before or while indexing). */
import type { Logger, SearchIndexer } from '../core/ports.js';
import type { Db } from './database.js';

/**
 * Documents with an agreement that has no embedding for `embeddingModel`. The text index lives in memory
 * and is built from the stored agreements at every start, so only embeddings (stored after the document,
 * in their own step) can be left unfinished by a crash. Without an embedding model there is nothing to repair.
 */
export async function findUnindexedDocuments(db: Db, embeddingModel?: string): Promise<string[]> {
  if (!embeddingModel) return [];
  const rows = await db.sql.query<{ documentId: string }>(
    `SELECT DISTINCT a."documentId" FROM "Agreement" a
     WHERE NOT EXISTS (SELECT 1 FROM "AgreementEmbedding" e WHERE e."agreementId" = a.id AND e.model = $1)`,
    [embeddingModel],
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
