import { createHash } from 'node:crypto';
import type { LlmClient, Logger } from '../core/ports.js';
import type { Analyzer } from './analysis/analyzer.js';
import type { IndexSource, SearchStore } from './search-store-port.js';

/** Text embedded for an agreement: title, theme and both texts, clipped to keep requests small. */
export function embeddingText(a: IndexSource): string {
  return [a.title, a.chapterTitle ?? '', a.yearText, a.multiYearText].join('\n').slice(0, 6000);
}

/** Analyses agreements into the search fields, and embeds them when a model with embeddings is configured. */
export function createIndexWriter(deps: { store: SearchStore; analyzer: Analyzer; llm?: LlmClient; logger?: Logger }) {
  const { store, analyzer, llm, logger } = deps;

  async function embed(sources: IndexSource[]): Promise<void> {
    if (!llm?.embed || sources.length === 0) return;
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
        // Search works without vectors; the next index run retries the missing ones.
        logger?.warn('embedding failed', { agreements: batch.map((b) => b.s.agreementId), error: String(err) });
        return;
      }
    }
  }

  return {
    async index(documentId?: string): Promise<number> {
      const sources = await store.listIndexSources(documentId);
      await store.saveSearchFields(
        sources.map((s) => ({
          agreementId: s.agreementId,
          title: analyzer.indexText(s.title),
          yearText: analyzer.indexText(s.yearText),
          multiYearText: analyzer.indexText(s.multiYearText),
          meta: analyzer.indexText([s.chapterTitle ?? '', ...s.responsible].join(' ')),
        })),
      );
      await embed(sources);
      return sources.length;
    },
  };
}
