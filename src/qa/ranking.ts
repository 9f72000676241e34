import { compareNumbers } from '../core/agreement.js';
import type { QueryTerm } from './analysis/analyzer.js';
import { responsibleIncludes, type QaFilters } from './filters.js';
import type { TermQuery, TermStats, TextCandidate } from './search-store-port.js';

/** BM25's IDF: rare words weigh more; a word found nowhere gets the highest weight. */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** Document frequency of a term: the most frequent of its alternatives (a phrase counts as its rarest word). */
export function termDf(term: QueryTerm, stats: TermStats): number {
  let best = 0;
  for (const alt of term.alternatives) {
    const df = Math.min(...alt.map((s) => stats.df.get(s) ?? 0));
    best = Math.max(best, df);
  }
  return Math.min(best, stats.total);
}

/** The term as a tsquery over our analysed lexemes: alternatives OR-ed, a phrase's words AND-ed. */
export function toTsquery(term: QueryTerm): string {
  return term.alternatives.map((alt) => (alt.length === 1 ? alt[0]! : `(${alt.join(' & ')})`)).join(' | ');
}

/** A term in more than this share of the agreements only scores candidates; it does not select them. */
export const COMMON_SHARE = 0.1;

export interface TermQueries {
  queries: TermQuery[];
  /** IDF × term weight, for scoring. */
  weights: number[];
  /** Weight of each term when measuring how much of the question an agreement covers. */
  coverageWeights: number[];
}

/**
 * The terms as tsqueries with their weights. Rare terms select the candidates; common ones are only
 * scored, and so are the words that only support the topic (a party's name, a compound's head); when no
 * topic word is rare, the rarest known term selects. A main verb found in no agreement
 * counts half toward coverage: an unseen verb ("bereiken") should not outweigh the nouns that did match.
 */
export function buildTermQueries(terms: QueryTerm[], stats: TermStats): TermQueries {
  const total = Math.max(stats.total, 1);
  const dfs = terms.map((t) => termDf(t, stats));
  const weights = terms.map((t, i) => idf(dfs[i]!, total) * t.weight);
  // The index returns the union of a term's alternatives, so selectivity uses their summed frequency.
  const reach = terms.map((t) => t.alternatives.reduce((sum, alt) => sum + Math.min(...alt.map((s) => stats.df.get(s) ?? 0)), 0));
  const known = reach.filter((n) => n > 0);
  const rarestKnown = known.length ? Math.min(...known) : 0;
  const selective = (n: number, i: number) => n > 0 && n / total <= COMMON_SHARE && terms[i]!.core;
  const anySelective = reach.some(selective);
  const match = reach.map((n, i) => (anySelective ? selective(n, i) : n > 0 && n === rarestKnown));
  const coverageWeights = terms.map((t, i) => (dfs[i] === 0 && t.finalVerb ? weights[i]! / 2 : weights[i]!));
  return {
    queries: terms.map((t, i) => ({ tsquery: toTsquery(t), weight: weights[i]!, match: match[i]! })),
    weights,
    coverageWeights,
  };
}

export interface Ranked {
  candidate: TextCandidate;
  score: number;
  /** Share of the question's core IDF weight this agreement matches (0–1). */
  coverage: number;
}

/**
 * Final ranking of full-text candidates: IDF-weighted term ranks, scaled by how much of the question
 * is covered, then preferences for the year (action year, then period) and the named party.
 */
export function rankCandidates(
  candidates: TextCandidate[],
  terms: QueryTerm[],
  weights: number[],
  filters: QaFilters,
  coverageWeights: number[] = weights,
): Ranked[] {
  const coreTotal = terms.reduce((s, t, i) => s + (t.core ? coverageWeights[i]! : 0), 0);
  const ranked = candidates.map((c) => {
    let text = 0;
    let covered = 0;
    c.termRanks.forEach((r, i) => {
      text += r * weights[i]!;
      if (r > 0 && terms[i]?.core) covered += coverageWeights[i]!;
    });
    const coverage = coreTotal > 0 ? covered / coreTotal : 0;
    let score = text * (0.25 + coverage);
    if (filters.year) {
      const { from, to } = c.period;
      if (c.actionYear === filters.year) score *= 1.3;
      else if (from !== null && to !== null && from <= filters.year && filters.year <= to) score *= 1.1;
      else if (c.actionYear !== null || from !== null || to !== null) score *= 0.7;
    }
    if (filters.party) score *= responsibleIncludes(c.responsible, filters.party) ? 1.4 : 0.8;
    if (filters.theme && c.chapterTitle && c.chapterTitle.toLowerCase() === filters.theme.toLowerCase()) score *= 1.3;
    return { candidate: c, score, coverage };
  });
  return ranked.sort((a, b) => b.score - a.score || compareNumbers(a.candidate.number, b.candidate.number));
}

/**
 * Score factor from an agreement's best sentence relative to the best sentence among the candidates
 * (0–1): from 0.6 when no sentence holds the question's words together, to 1 for the best one.
 */
export function proximityFactor(relativeBestSentence: number): number {
  return 0.6 + 0.4 * Math.min(1, Math.max(0, relativeBestSentence));
}

/** Reciprocal rank fusion of the text ranking with a vector ranking (k = 60). */
export function fuseRrf(textOrder: string[], vectorOrder: string[], k = 60): Map<string, number> {
  const scores = new Map<string, number>();
  textOrder.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1)));
  vectorOrder.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1)));
  return scores;
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
