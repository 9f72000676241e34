import { compareNumbers } from '../core/agreement.js';
import type { Citation } from '../core/messages.js';
import type { AgreementRepository, LlmClient, Logger, SearchIndexer } from '../core/ports.js';
import { createAnalyzer, type QueryTerm } from './analysis/analyzer.js';
import { normaliseText } from './analysis/normalise.js';
import { loadSynonyms } from './analysis/synonyms.js';
import { composeExtractive, composeNotFound, toCitation, type SearchHit } from './answer.js';
import { detectFilters, NO_FILTERS, type QaFilters } from './filters.js';
import { groundedAnswer } from './grounded-answer.js';
import { createIndexWriter } from './indexer.js';
import { selectPassages } from './passages.js';
import { buildTermQueries, cosine, fuseRrf, proximityFactor, rankCandidates, type Ranked } from './ranking.js';
import { createRefreshingCache } from './refreshing-cache.js';
import type { Facets, SearchStore, StoredVector, TermStats } from './search-store-port.js';
import { detectLanguage, type Lang } from './texts.js';

export type { SearchHit } from './answer.js';
export type { QaFilters } from './filters.js';

/** What a follow-up needs from the previous question; plain JSON so the engine can store it. */
export interface QaContext {
  question: string;
  /** The previous question's topic words, without the filter mentions. */
  query: string;
  filters: QaFilters;
}

export interface SearchOptions {
  limit?: number;
  municipality?: string;
  year?: number;
  party?: string;
  theme?: string;
}

export interface AskResult {
  answer: string;
  found: boolean;
  citations: Citation[];
  results: SearchHit[];
  context: QaContext;
  usedModel: boolean;
}

export interface QaService {
  search(question: string, opts?: SearchOptions): Promise<{ results: SearchHit[]; filters: QaFilters }>;
  ask(question: string, opts?: { context?: QaContext | null; limit?: number }): Promise<AskResult>;
  indexer: SearchIndexer;
  /** Re-analyses every stored agreement (after a synonym or analyser change). Returns the count. */
  reindexAll(): Promise<number>;
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
}

/**
 * Minimum share of the question's (IDF-weighted) topic words the best agreement must contain before we
 * call it an answer. Below it we say plainly that nothing was found rather than guess.
 */
export const RELEVANCE_THRESHOLD = 0.5;
const CANDIDATES = 60;
/** How many of the best candidates get sentence-level scoring. */
const PROXIMITY_CANDIDATES = 20;
const CACHE_MS = 300_000;
const WANTS_NUMBER = /\b(hoeveel|aantal|percentage|procent|how many|how much|number of|what share)\b/;
const FOLLOW_UP_START = /^(en|and|of|or|maar|but|ook|also|what about|hoe zit het met|en hoe zit het met)\b/;

interface Retrieval {
  ranked: Ranked[];
  hits: SearchHit[];
  terms: QueryTerm[];
  filters: QaFilters;
  rest: string;
}

/** Builds the Q&A service: Dutch-aware retrieval over the database index, extractive or model answers. */
export function createQaService(deps: QaDeps): QaService {
  const { store, llm, logger } = deps;
  const analyzer = createAnalyzer(loadSynonyms(deps.synonymsFile));
  const writer = createIndexWriter({ store, analyzer, llm, logger });

  // Another process (the CLI) may index too, so cached statistics are reloaded now and then, in the
  // background; this process's own indexing drops them at once.
  const onError = (what: string) => (err: unknown) => logger?.warn(`reloading ${what} failed; keeping the old`, { error: String(err) });
  const facetsCache = createRefreshingCache<Facets>(() => store.facets(), CACHE_MS, { onError: onError('search facets') });
  const statsCache = createRefreshingCache<TermStats>(() => store.termStats(), CACHE_MS, { onError: onError('term statistics') });
  const vectorCache = createRefreshingCache<StoredVector[]>(() => store.loadEmbeddings(llm!.model), CACHE_MS, {
    onError: onError('embeddings'),
  });
  const facets = () => facetsCache.get();
  const stats = () => statsCache.get();
  const vectors = () => vectorCache.get();
  const invalidate = () => {
    facetsCache.invalidate();
    statsCache.invalidate();
    vectorCache.invalidate();
  };

  async function vectorOrder(question: string, ids: string[]): Promise<string[] | null> {
    if (!llm?.embed) return null;
    try {
      const [[q], stored] = await Promise.all([llm.embed([question]), vectors()]);
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

  async function retrieve(rest: string, filters: QaFilters, limit: number, question: string): Promise<Retrieval> {
    const [f, st] = await Promise.all([facets(), stats()]);
    const terms = analyzer.queryTerms(rest);
    if (filters.party) {
      // The party's name helps find sentences about it, but does not decide relevance.
      for (const t of analyzer.queryTerms(filters.party)) terms.push({ ...t, weight: 0.3, core: false });
    }
    if (terms.length === 0) return { ranked: [], hits: [], terms, filters, rest };
    const { queries, weights, coverageWeights } = buildTermQueries(terms, st);
    let municipalities = filters.municipalities;
    if (municipalities.length === 0 && filters.party) {
      const p = filters.party.toLowerCase();
      municipalities = [...new Set(f.parties.filter((x) => x.name.toLowerCase() === p).map((x) => x.municipality))];
    }
    const candidates = await store.searchText({ terms: queries, municipalities, limit: CANDIDATES });
    let ranked = rankCandidates(candidates, terms, weights, filters, coverageWeights);
    if (filters.theme) {
      const theme = normaliseText(filters.theme);
      const inTheme = ranked.filter((r) => r.candidate.chapterTitle && normaliseText(r.candidate.chapterTitle).includes(theme));
      if (inTheme.length) ranked = inTheme;
    }
    const vec = await vectorOrder(question, ranked.map((r) => r.candidate.agreementId));
    if (vec) {
      const fused = fuseRrf(ranked.map((r) => r.candidate.agreementId), vec);
      ranked = [...ranked].sort((a, b) => (fused.get(b.candidate.agreementId) ?? 0) - (fused.get(a.candidate.agreementId) ?? 0));
    }
    // Sentence-level scoring of the best few: words of the question that occur together (with the named
    // party and year) in one sentence beat the same words scattered over the text.
    const head = ranked.slice(0, Math.max(limit, PROXIMITY_CANDIDATES));
    const texts = new Map((await store.passageTexts(head.map((r) => r.candidate.agreementId))).map((t) => [t.agreementId, t]));
    const wantsNumber = WANTS_NUMBER.test(normaliseText(question));
    const passageQuery = { terms, weights, wantsNumber, year: filters.year, party: filters.party };
    const scored = head.map((r) => {
      const t = texts.get(r.candidate.agreementId);
      return { r, passages: t ? selectPassages(analyzer, t, passageQuery) : [] };
    });
    const bestSentence = Math.max(0, ...scored.map((x) => x.passages[0]?.score ?? 0));
    if (!vec && bestSentence > 0) {
      for (const x of scored) x.r = { ...x.r, score: x.r.score * proximityFactor((x.passages[0]?.score ?? 0) / bestSentence) };
      scored.sort((a, b) => b.r.score - a.r.score || compareNumbers(a.r.candidate.number, b.r.candidate.number));
    }
    const top = scored.slice(0, limit);
    const hits: SearchHit[] = [];
    for (const { r, passages } of top) {
      if (!texts.has(r.candidate.agreementId)) continue;
      const c = r.candidate;
      const best = passages[0]?.score ?? 0;
      const chosen = passages.filter((p, i) => i === 0 || (i < 3 && p.score >= best * 0.6)).map((p) => p.text);
      hits.push({
        agreementId: c.agreementId,
        municipality: c.municipality,
        number: c.number,
        title: c.title,
        chapter: c.chapterTitle,
        score: Math.round(r.score * 10_000) / 10_000,
        passage: chosen.join(' … '),
        passages: chosen,
      });
    }
    return { ranked: top.map((x) => x.r), hits, terms, filters, rest };
  }

  function mergeFilters(base: QaFilters, detected: ReturnType<typeof detectFilters>, opts: SearchOptions = {}): QaFilters {
    const f: QaFilters = { ...base, municipalities: [...base.municipalities] };
    if (detected.named.municipality) f.municipalities = detected.filters.municipalities;
    if (detected.named.year) f.year = detected.filters.year;
    if (detected.named.party) f.party = detected.filters.party;
    if (detected.named.theme) f.theme = detected.filters.theme;
    if (opts.municipality) f.municipalities = [opts.municipality];
    if (opts.year) f.year = opts.year;
    if (opts.party) f.party = opts.party;
    if (opts.theme) f.theme = opts.theme;
    return f;
  }

  function topicOf(question: string, terms: QueryTerm[]): string {
    const about = /\b(?:over|about|regarding|omtrent|betreffende)\s+(.+?)[?.!]*$/i.exec(question.trim());
    if (about?.[1]) return about[1].trim();
    return terms.filter((t) => t.core).map((t) => t.word).join(' ');
  }

  const indexer: SearchIndexer = {
    async indexDocument(documentId) {
      const n = await writer.index(documentId);
      invalidate();
      logger?.debug('indexed document', { documentId, agreements: n });
    },
  };

  return {
    indexer,
    async reindexAll() {
      const n = await writer.index();
      invalidate();
      return n;
    },

    async search(question, opts = {}) {
      const f = await facets();
      const detected = detectFilters(question, f);
      const filters = mergeFilters(NO_FILTERS, detected, opts);
      const r = await retrieve(detected.rest, filters, opts.limit ?? 5, question);
      return { results: r.hits, filters };
    },

    async ask(question, opts = {}) {
      const lang: Lang = detectLanguage(question);
      const f = await facets();
      const detected = detectFilters(question, f);
      const ctx = opts.context ?? null;
      let rest = detected.rest;
      let filters = mergeFilters(NO_FILTERS, detected);
      if (ctx) {
        const hasTopic = analyzer.queryTerms(rest).some((t) => t.core);
        const startsAsFollowUp = FOLLOW_UP_START.test(normaliseText(question).trim());
        if (!hasTopic) {
          rest = ctx.query;
          filters = mergeFilters(ctx.filters, detected);
        } else if (startsAsFollowUp) {
          filters = mergeFilters(ctx.filters, detected);
        }
      }
      // "en Beter Wonen?" after a question about Almere: the party's own municipality replaces the old one.
      const pm = detected.partyMunicipality;
      if (pm && !detected.named.municipality && filters.municipalities.length > 0 && !filters.municipalities.includes(pm)) {
        filters = { ...filters, municipalities: [pm] };
      }
      const context: QaContext = { question, query: rest, filters };
      const r = await retrieve(rest, filters, opts.limit ?? 5, question);
      const top = r.ranked[0];
      const found = !!top && top.coverage >= RELEVANCE_THRESHOLD && top.score > 0 && r.hits.length > 0;
      if (!found) {
        const themes = [...new Set(f.themes.filter((t) => !filters.municipalities.length || filters.municipalities.includes(t.municipality)).map((t) => t.title))];
        const topic = topicOf(question, r.terms) || '';
        const answer = f.municipalities.length === 0 ? composeNotFound('', [], lang) : composeNotFound(topic, themes, lang);
        return { answer, found: false, citations: [], results: [], context, usedModel: false };
      }
      const chosen = r.hits.filter((h, i) => {
        const rk = r.ranked[i]!;
        return i === 0 || (i < 3 && rk.score >= top.score * 0.5 && rk.coverage >= RELEVANCE_THRESHOLD);
      });
      if (llm) {
        try {
          const g = await groundedAnswer(llm, question, chosen, lang, deps.llmTimeoutMs);
          if (g.ok) {
            return { answer: g.answer, found: true, citations: g.cited.map(toCitation), results: r.hits, context, usedModel: true };
          }
          logger?.warn('model answer rejected; extractive answer instead', { reason: g.reason, detail: g.detail, model: llm.model });
        } catch (err) {
          logger?.warn('model answer failed; extractive answer instead', { error: String(err), model: llm.model });
        }
      }
      return { answer: composeExtractive(chosen, lang), found: true, citations: chosen.map(toCitation), results: r.hits, context, usedModel: false };
    },
  };
}
