import { createHash } from 'node:crypto';
import type { LlmClient, Logger } from '../core/ports.js';
import type { EmbeddingSource, SearchStore } from './search-store-port.js';

/** Text embedded for an agreement: title, theme and both texts, clipped to keep requests small. */
export function embeddingText(a: EmbeddingSource): string {
  return [a.title, a.chapterTitle ?? '', a.yearText, a.multiYearText].join('\n').slice(0, 6000);
}

/**
 * Stores an embedding per agreement when a model with embeddings is configured. The text index itself
 * lives in memory (index/live-index.ts) and is rebuilt from the stored agreements.
 */
export function createIndexWriter(deps: { store: SearchStore; llm?: LlmClient; logger?: Logger }) {
  const { store, llm, logger } = deps;
  return {
    async embedDocument(documentId: string): Promise<void> {
      if (!llm?.embed) return;
      const sources = await store.loadAgreements([documentId]);
      const known = await store.embeddingHashes(llm.model);
      const todo = sources
        .map((s) => ({ s, text: embeddingText(s) }))
        .map((x) => ({ ...x, hash: createHash('sha256').update(x.text).digest('hex') }))
        .filter((x) => known.get(x.s.agreementId) !== x.hash);
      for (let i = 0; i < todo.length; i += 64) {
        const batch = todo.slice(i, i + 64);
        try {
          const vectors = await llm.embed(batch.map((b) => b.text));
          await store.saveEmbeddings(
            batch.map((b, j) => ({ agreementId: b.s.agreementId, model: llm.model, textHash: b.hash, vector: vectors[j] ?? [] })),
          );
        } catch (err) {
          // Search works without vectors; the next ingest of the document retries the missing ones.
          logger?.warn('embedding failed', { agreements: batch.map((b) => b.s.agreementId), error: String(err) });
          return;
        }
      }
    },
  };
}
