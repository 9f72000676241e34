import type { Analyzer } from '../analysis/analyzer.js';
import type { AnswerHit } from '../answer.js';
import type { IndexSnapshot } from '../index/index-snapshot.js';
import type { PartyInfo } from '../question/parties.js';
import { prepareQuery, type PreparedQuery } from './prepare-query.js';
import { type Diversify, rankHits } from './rank-hits.js';
import { scoreCandidates } from './score-candidates.js';

/** How much a narrowing word weighs against a word of the topic. */
const NARROW_WEIGHT = 0.5;

export interface RetrieveInput {
  snapshot: IndexSnapshot;
  analyzer: Analyzer;
  /** The question's topic words (names, year and reference already taken out). */
  topic: string;
  /** Words that narrow the topic (a follow-up's own words): they order the matches but find none alone. */
  narrow?: string;
  /** Only these municipalities (as stored); all when empty. */
  municipalities: string[];
  year: number | null;
  party: PartyInfo | null;
  theme: string | null;
  wantsNumber: boolean;
  limit: number;
  /** Spread the first results over municipalities. */
  diversify: Diversify;
  /** An optional second opinion (embeddings): candidate ids best first, fused with the text ranking. */
  vectorOrder?: (ids: string[]) => Promise<string[] | null>;
}

export interface Retrieved {
  query: PreparedQuery;
  hits: AnswerHit[];
}

/** How many agreements the index hands to the final ranking. */
const CANDIDATES = 40;
/** The most the embedding order adds to a candidate's text score (the first in vector order: +20%). */
const VECTOR_BONUS = 0.2;

/** Retrieval for one topic: weighted terms, index scoring, preferences and sentence-level ranking. */
export async function retrieve(input: RetrieveInput): Promise<Retrieved> {
  const narrowing = input.narrow ? input.analyzer.queryTerms(input.narrow).map((t) => ({ ...t, weight: t.weight * NARROW_WEIGHT, core: false })) : [];
  const query = prepareQuery(input.topic, input.analyzer, input.snapshot, narrowing);
  const scope = input.municipalities.length ? new Set(input.municipalities.map((m) => m.toLocaleLowerCase('nl'))) : undefined;
  let candidates = scoreCandidates(input.snapshot, query, { municipalities: scope, limit: CANDIDATES });
  if (input.vectorOrder && candidates.length > 1) {
    const order = await input.vectorOrder(candidates.map((c) => c.ref.a.agreementId));
    if (order) {
      // The embedding refines, the text decides: a candidate the vectors rank first gains at most 20% on its
      // text score, so a semantically close but lexically weak agreement never overtakes one that holds the
      // question's words (a reordering by fused ranks alone did, with a weak embedding model).
      const rank = new Map(order.map((id, i) => [id, i]));
      const last = Math.max(1, order.length - 1);
      candidates = candidates
        .map((c) => {
          const i = rank.get(c.ref.a.agreementId);
          return { ...c, score: c.score * (1 + (i === undefined ? 0 : VECTOR_BONUS * (1 - i / last))) };
        })
        .sort((a, b) => b.score - a.score);
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
