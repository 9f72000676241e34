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

export function buildTermQueries(terms: QueryTerm[], stats: TermStats): { queries: TermQuery[]; weights: number[] } {
  const weights = terms.map((t) => idf(termDf(t, stats), Math.max(stats.total, 1)) * t.weight);
  return { queries: terms.map((t, i) => ({ tsquery: toTsquery(t), weight: weights[i]! })), weights };
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
export function rankCandidates(candidates: TextCandidate[], terms: QueryTerm[], weights: number[], filters: QaFilters): Ranked[] {
  const coreTotal = terms.reduce((s, t, i) => s + (t.core ? weights[i]! : 0), 0);
  const ranked = candidates.map((c) => {
    let text = 0;
    let covered = 0;
    c.termRanks.forEach((r, i) => {
      text += r * weights[i]!;
      if (r > 0 && terms[i]?.core) covered += weights[i]!;
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
  return ranked.sort((a, b) => b.score - a.score || a.candidate.number - b.candidate.number);
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
