import type { Citation } from '../core/messages.js';
import type { AgreementRepository, LlmClient, Logger, SearchIndexer } from '../core/ports.js';
import { createAnalyzer } from './analysis/analyzer.js';
import { loadSynonyms } from './analysis/synonyms.js';
import { toCitation, toSearchHit, type SearchHit } from './answer.js';
import { answerQuestion, type AnswerKind, type RefusalKind } from './answer-question.js';
import { isQaContext, type QaContext, type QaFilters } from './filters.js';
import { groundedAnswer } from './grounded-answer.js';
import { createIndexWriter } from './indexer.js';
import { createLiveIndex } from './index/live-index.js';
import { analyseQuestion } from './question/analyse-question.js';
import { catalogFor, prepareCatalog } from './question/catalog.js';
import { createRefreshingCache } from './refreshing-cache.js';
import { cosine, retrieve } from './retrieval/retrieve.js';
import type { SearchStore, StoredVector } from './search-store-port.js';

export type { SearchHit } from './answer.js';
export type { QaContext, QaFilters } from './filters.js';
export type { AnswerKind, RefusalKind } from './answer-question.js';
export { RELEVANCE_THRESHOLD } from './answer-question.js';

export interface SearchOptions {
  limit?: number;
  municipality?: string;
  year?: number;
  party?: string;
  theme?: string;
}

export interface AskResult {
  answer: string;
  /** False for a refusal ("Ik vond geen afspraak …", an absent municipality, an unknown party). */
  found: boolean;
  kind: AnswerKind;
  refusal?: RefusalKind;
  citations: Citation[];
  results: SearchHit[];
  context: QaContext;
  usedModel: boolean;
}

export interface QaService {
  search(question: string, opts?: SearchOptions): Promise<{ results: SearchHit[]; filters: QaFilters }>;
  ask(question: string, opts?: { context?: QaContext | null; limit?: number }): Promise<AskResult>;
  indexer: SearchIndexer;
  /** Re-reads and re-analyses every stored agreement (after a synonym or analyser change). Returns the count. */
  reindexAll(): Promise<number>;
  /** Brings the index up to date with the database now (another process may have stored documents). */
  sync(): Promise<void>;
  /** Builds the index ahead of the first question (in the background; errors are logged). */
  warmUp(): void;
  /** Stops background index work (on shutdown). */
  close(): void;
  indexStatus(): { agreements: number; segments: number; busy: boolean };
}

export interface QaDeps {
  agreements: AgreementRepository;
  store: SearchStore;
  llm?: LlmClient;
  synonymsFile?: string;
  logger?: Logger;
  now?: () => Date;
  /** Time allowed for a model answer; the client's own default applies when absent. */
  llmTimeoutMs?: number;
  /** How often a question may trigger a background check for documents stored by another process. */
  indexCheckMs?: number;
}

const CACHE_MS = 300_000;

/** Builds the Q&A service: an in-memory Dutch-aware index over the database, extractive or model answers. */
export function createQaService(deps: QaDeps): QaService {
  const { store, llm, logger } = deps;
  const analyzer = createAnalyzer(loadSynonyms(deps.synonymsFile));
  const live = createLiveIndex({ store, analyzer, logger, checkIntervalMs: deps.indexCheckMs, prepare: async (snap, yieldToLoop) => {
    await snap.prepareLookups(yieldToLoop);
    await prepareCatalog(snap, yieldToLoop);
  } });
  const writer = createIndexWriter({ store, llm, logger });
  const vectorCache = createRefreshingCache<StoredVector[]>(() => store.loadEmbeddings(llm!.model), CACHE_MS, {
    onError: (err) => logger?.warn('reloading embeddings failed; keeping the old', { error: String(err) }),
  });

  async function vectorOrder(question: string, ids: string[]): Promise<string[] | null> {
    if (!llm?.embed) return null;
    try {
      const [[q], stored] = await Promise.all([llm.embed([question]), vectorCache.get()]);
      if (!q || stored.length === 0) return null;
      const allowed = new Set(ids);
      return stored
        .filter((v) => allowed.has(v.agreementId))
        .map((v) => ({ id: v.agreementId, s: cosine(q, v.vector) }))
        .sort((a, b) => b.s - a.s)
        .map((v) => v.id);
    } catch (err) {
      logger?.warn('question embedding failed; text ranking only', { error: String(err) });
      return null;
    }
  }

  const indexer: SearchIndexer = {
    async indexDocument(documentId) {
      await live.sync();
      await writer.embedDocument(documentId);
      vectorCache.invalidate();
      logger?.debug('indexed document', { documentId });
    },
  };

  return {
    indexer,
    async reindexAll() {
      await live.rebuild();
      return live.status().agreements;
    },
    sync: () => live.sync(),
    warmUp() {
      void live.snapshot().catch((err: unknown) => logger?.warn('building the search index failed', { error: String(err) }));
    },
    close: () => live.close(),
    indexStatus: () => live.status(),

    async search(question, opts = {}) {
      const snapshot = await live.snapshot();
      const catalog = catalogFor(snapshot);
      const q = analyseQuestion(question, catalog, analyzer);
      const party = opts.party ? catalog.parties.byName(opts.party) : q.party;
      const municipalities = opts.municipality ? [catalog.stored.find((m) => m.toLowerCase() === opts.municipality!.toLowerCase()) ?? opts.municipality] : q.municipalities;
      const filters: QaFilters = { municipalities, year: opts.year ?? q.year, party: party?.name ?? null, theme: opts.theme ?? q.theme };
      const { hits } = await retrieve({
        snapshot,
        analyzer,
        topic: q.topic,
        municipalities,
        year: filters.year,
        party,
        theme: filters.theme,
        wantsNumber: q.wantsNumber,
        limit: opts.limit ?? 5,
        diversify: municipalities.length > 1 ? 'named' : !municipalities.length && !(party && !party.role) && catalog.stored.length > 1 ? 'near-top' : 'off',
        vectorOrder: llm?.embed ? (ids) => vectorOrder(question, ids) : undefined,
      });
      return { results: hits.filter((h) => h.coverage > 0).map(toSearchHit), filters };
    },

    async ask(question, opts = {}) {
      const snapshot = await live.snapshot();
      const catalog = catalogFor(snapshot);
      const context = isQaContext(opts.context) ? opts.context : null;
      const limit = opts.limit ?? 5;
      const o = await answerQuestion(question, context, {
        snapshot,
        catalog,
        analyzer,
        limit,
        vectorOrder: llm?.embed ? (ids) => vectorOrder(question, ids) : undefined,
      });
      const results = o.ranked.slice(0, limit).map(toSearchHit);
      const base = { found: o.kind !== 'refusal' && o.kind !== 'clarify', kind: o.kind, refusal: o.refusal, results, context: o.context };
      if (llm && o.modelHits?.length) {
        const hits = o.modelHits.map(toSearchHit);
        const organisations = catalog.parties.parties.filter((p) => !p.role).map((p) => p.name.replace(/\s*\([^)]*\)/g, ''));
        try {
          const g = await groundedAnswer(llm, question, hits, o.lang, { timeoutMs: deps.llmTimeoutMs, organisations });
          if (g.ok) return { ...base, answer: g.answer, citations: g.cited.map(toCitation), usedModel: true };
          logger?.warn('model answer rejected; extractive answer instead', { reason: g.reason, detail: g.detail, model: llm.model });
        } catch (err) {
          logger?.warn('model answer failed; extractive answer instead', { error: String(err), model: llm.model });
        }
      }
      return { ...base, answer: o.answer, citations: o.cited.map(toCitation), usedModel: false };
    },
  };
}
