import type { Analyzer } from '../analysis/analyzer.js';
import type { AnswerHit } from '../answer.js';
import type { IndexSnapshot } from '../index/index-snapshot.js';
import type { PartyInfo } from '../question/parties.js';
import { prepareQuery, type PreparedQuery } from './prepare-query.js';
import { rankHits } from './rank-hits.js';
import { scoreCandidates } from './score-candidates.js';

export interface RetrieveInput {
  snapshot: IndexSnapshot;
  analyzer: Analyzer;
  /** The question's topic words (names, year and reference already taken out). */
  topic: string;
  /** Only these municipalities (as stored); all when empty. */
  municipalities: string[];
  year: number | null;
  party: PartyInfo | null;
  theme: string | null;
  wantsNumber: boolean;
  limit: number;
  /** Spread the first results over municipalities. */
  diversify: boolean;
  /** An optional second opinion (embeddings): candidate ids best first, fused with the text ranking. */
  vectorOrder?: (ids: string[]) => Promise<string[] | null>;
}

export interface Retrieved {
  query: PreparedQuery;
  hits: AnswerHit[];
}

/** How many agreements the index hands to the final ranking. */
const CANDIDATES = 40;

/** Retrieval for one topic: weighted terms, index scoring, preferences and sentence-level ranking. */
export async function retrieve(input: RetrieveInput): Promise<Retrieved> {
  const query = prepareQuery(input.topic, input.analyzer, input.snapshot);
  const scope = input.municipalities.length ? new Set(input.municipalities.map((m) => m.toLocaleLowerCase('nl'))) : undefined;
  let candidates = scoreCandidates(input.snapshot, query, { municipalities: scope, limit: CANDIDATES });
  if (input.vectorOrder && candidates.length > 1) {
    const order = await input.vectorOrder(candidates.map((c) => c.ref.a.agreementId));
    if (order) {
      const fused = fuseRrf(candidates.map((c) => c.ref.a.agreementId), order);
      candidates = [...candidates].sort((a, b) => (fused.get(b.ref.a.agreementId) ?? 0) - (fused.get(a.ref.a.agreementId) ?? 0));
      // Keep the text scores' scale but follow the fused order.
      const scores = candidates.map((c) => c.score).sort((a, b) => b - a);
      candidates = candidates.map((c, i) => ({ ...c, score: scores[i]! }));
    }
  }
  const hits = rankHits(candidates, {
    analyzer: input.analyzer,
    dict: input.snapshot.dict,
    query,
    year: input.year,
    party: input.party,
    theme: input.theme,
    wantsNumber: input.wantsNumber,
    diversify: input.diversify,
    limit: input.limit,
  });
  return { query, hits: hits.map((h) => ({ a: h.ref.a, score: h.score, coverage: h.coverage, passages: h.passages })) };
}

/** Reciprocal rank fusion of two orders (k = 60). */
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
