import { compareNumbers } from '../../core/agreement.js';
import type { Analyzer } from '../analysis/analyzer.js';
import type { Segment } from '../index/segment.js';
import type { TermDictionary } from '../index/term-dictionary.js';
import type { Passage } from '../passages.js';
import { involvement, type PartyInfo } from '../question/parties.js';
import type { PreparedQuery } from './prepare-query.js';
import type { Candidate } from './score-candidates.js';
import { partyStemsOf, passagesOf, SentenceScorer } from './sentence-scores.js';

/** A ranked agreement with the sentences that answer the question, best first. */
export interface Hit extends Candidate {
  passages: Passage[];
}

export interface RankOptions {
  analyzer: Analyzer;
  /** The dictionary of the index view the candidates come from. */
  dict: TermDictionary;
  query: PreparedQuery;
  year: number | null;
  /** An organisation named in the question (roles such as "de gemeente" do not steer the ranking). */
  party: PartyInfo | null;
  theme: string | null;
  wantsNumber: boolean;
  /** Spread the first results over municipalities (see {@link Diversify}). */
  diversify: Diversify;
  limit: number;
}

/** How many of the best candidates get sentence-level scoring. */
const PROXIMITY_CANDIDATES = 12;

/**
 * Final order: the index score with preferences for the year (action year, then period, then the year
 * in the text), the named party and the named theme; then the words of the question occurring together
 * in one sentence beat the same words scattered over the text.
 */
export function rankHits(candidates: Candidate[], opts: RankOptions): Hit[] {
  const { year, party, theme } = opts;
  const prefer = (c: Candidate): Candidate => {
    const a = c.ref.a;
    let score = c.score;
    if (year) {
      const { from, to } = a.period;
      if (a.actionYear === year) score *= 1.3;
      else if (from !== null && to !== null && from <= year && year <= to) score *= 1.1;
      else if (a.actionYear !== null || from !== null || to !== null) score *= 0.7;
      // A sentence or a table column that names the year ("in 2027 …", "| 2026 | 2027 |") says what happens then.
      if (namesYear(c.ref.seg, c.ref.doc, year) || tableNamesYear(a.tables, year)) score *= 1.2;
    }
    if (party && !party.role) {
      const how = involvement(party, a);
      score *= how.responsible ? 1.4 : how.text ? 1.3 : how.group ? 1.1 : 0.8;
    }
    if (theme && a.chapterTitle && a.chapterTitle.toLowerCase() === theme.toLowerCase()) score *= 1.3;
    return { ...c, score };
  };
  const preferred = candidates.map(prefer).sort(byScore);
  // Sentence scoring moves a score by at most the proximity factor's range (0.6–1), so only candidates
  // within that of the limit-th one can still enter the results.
  const floor = (preferred[Math.min(opts.limit, preferred.length) - 1]?.score ?? 0) * 0.6;
  const head = preferred.slice(0, PROXIMITY_CANDIDATES).filter((c, i) => i < opts.limit || c.score >= floor);
  const scorer = new SentenceScorer(
    { terms: opts.query.terms, wantsNumber: opts.wantsNumber, year, partyStems: party && !party.role ? partyStemsOf(opts.analyzer, party.forms) : [] },
    opts.dict,
  );
  const scored = head.map((c) => {
    const sentences = scorer.score(c.ref.seg, c.ref.doc);
    let best = 0;
    for (const s of sentences) if (s.score > best) best = s.score;
    return { c, sentences, best };
  });
  let bestSentence = 0;
  for (const x of scored) if (x.best > bestSentence) bestSentence = x.best;
  if (bestSentence > 0) for (const x of scored) x.c = { ...x.c, score: x.c.score * proximityFactor(x.best / bestSentence) };
  scored.sort((a, b) => byScore(a.c, b.c));
  const ordered = opts.diversify === 'off' ? scored : diversify(scored, DIVERSIFY_FLOOR[opts.diversify]);
  // Only the results get their sentences' texts.
  return ordered.slice(0, opts.limit).map((x) => ({ ...x.c, passages: passagesOf(x.c.ref.a, x.sentences) }));
}

/** Whether a table of the agreement has the year as a column or row ("Oplevering per jaar: 2026 | 2027"). */
function tableNamesYear(tables: Candidate['ref']['a']['tables'], year: number): boolean {
  const y = String(year);
  return tables.some((t) => t.header.some((h) => h.includes(y)) || t.rows.some((r) => (r[0] ?? '').includes(y)));
}

/** Whether one of the agreement's sentences names the year (from the index's per-sentence years). */
function namesYear(seg: Segment, doc: number, year: number): boolean {
  for (let s = seg.sentStart[doc]!; s < seg.sentStart[doc + 1]!; s++) if (seg.sentYears[2 * s] === year || seg.sentYears[2 * s + 1] === year) return true;
  return false;
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || compareNumbers(a.ref.a.number, b.ref.a.number);

/**
 * Score factor from an agreement's best sentence relative to the best sentence among the candidates
 * (0–1): from 0.6 when no sentence holds the question's words together, to 1 for the best one.
 */
export function proximityFactor(relativeBestSentence: number): number {
  return 0.6 + 0.4 * Math.min(1, Math.max(0, relativeBestSentence));
}

/**
 * Which municipalities get their best agreement moved forward: none, those scoring near the top (a topic asked
 * without a municipality), or each of the municipalities the question names ("… in Papendrecht vergeleken met
 * Tholen?"), whose best may hold fewer of the question's words than the other's.
 */
export type Diversify = 'off' | 'near-top' | 'named';
const DIVERSIFY_FLOOR: Record<Exclude<Diversify, 'off'>, number> = { 'near-top': 0.5, named: 0.15 };

/** The best agreement of each municipality that scores above the floor (a share of the top) goes first, then the rest in order. */
function diversify<T extends { c: Candidate }>(hits: T[], floor: number): T[] {
  const top = hits[0]?.c.score ?? 0;
  const firsts: T[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    if (h.c.score < top * floor) break;
    if (!seen.has(h.c.ref.a.municipality)) {
      seen.add(h.c.ref.a.municipality);
      firsts.push(h);
    }
  }
  return [...firsts, ...hits.filter((h) => !firsts.includes(h))];
}
