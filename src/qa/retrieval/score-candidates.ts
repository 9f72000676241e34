import type { DocRef, IndexSnapshot } from '../index/index-snapshot.js';
import { postings, segmentDf, termIn, weightedTf, type Segment } from '../index/segment.js';
import type { PreparedQuery, WeightedTerm } from './prepare-query.js';
import { TopK } from './top-k.js';

/** An agreement scored against the question's terms. */
export interface Candidate {
  ref: DocRef;
  score: number;
  /** Share of the question's core weight this agreement matches (0–1). */
  coverage: number;
}

const K1 = 1.2;
/** Up to this many agreements in scope, scoring them one by one beats walking the postings. */
const DOC_AT_A_TIME_LIMIT = 3000;
/** Length normalisation: agreements range from one line to pages, so only half of BM25's usual pull. */
const B = 0.5;

export interface ScoreOptions {
  /** Only agreements of these municipalities (lower case); all when absent. */
  municipalities?: Set<string>;
  limit: number;
}

/**
 * Scores agreements with BM25F over the packed field frequencies, scaled by how much of the question
 * each covers. Term at a time over the postings; when the question is restricted to a few
 * municipalities, agreement at a time over theirs instead (a binary search per term).
 */
export function scoreCandidates(snapshot: IndexSnapshot, query: PreparedQuery, opts: ScoreOptions): Candidate[] {
  const top = new TopK<Candidate>(opts.limit);
  const terms = query.terms.filter((t) => t.weight > 0 && t.df > 0);
  if (terms.length === 0 || snapshot.total === 0) return [];
  // Each alternative as dictionary ids; one the dictionary lacks a word of can match nothing.
  const ids = terms.map((t) => t.alternatives.map((alt) => {
    const out: number[] = [];
    for (const stem of alt) {
      const id = snapshot.dict.get(stem);
      if (id === undefined) return null;
      out.push(id);
    }
    return out;
  }));
  const avg = snapshot.avgLength;
  const coreTotal = query.coreTotal || 1;
  const bm25 = (tf: number, len: number) => (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avg));
  const finish = (seg: Segment, doc: number, acc: number, cov: number) => {
    const coverage = cov / coreTotal;
    const score = acc * (0.25 + coverage);
    if (score > 0 && top.accepts(score)) top.push({ ref: { seg, doc, a: seg.docs[doc]! }, score, coverage }, score);
  };

  // A few municipalities: score their agreements one by one. Many (a party active in hundreds of
  // municipalities): walk the postings and skip the others.
  const scoped = opts.municipalities ? [...opts.municipalities].reduce((n, m) => n + snapshot.agreementsOf(m).length, 0) : 0;
  if (opts.municipalities && scoped <= DOC_AT_A_TIME_LIMIT) {
    for (const m of opts.municipalities) {
      for (const ref of snapshot.agreementsOf(m)) {
        let acc = 0;
        let cov = 0;
        for (const [ti, t] of terms.entries()) {
          const v = termScoreOne(ref.seg, ref.doc, t, ids[ti]!, bm25);
          if (v > 0) {
            acc += t.weight * v;
            if (t.core) cov += t.coverageWeight;
          }
        }
        finish(ref.seg, ref.doc, acc, cov);
      }
    }
    return top.sorted();
  }

  for (const seg of snapshot.segments) {
    const { acc, cov, best, seen, touched, touchedAll } = scratchFor(seg);
    let nTouched = 0;
    let nAll = 0;
    for (const [ti, t] of terms.entries()) {
      nTouched = 0;
      ids[ti]!.forEach((alt, ai) => {
        if (!alt) return;
        const altWeight = t.altWeights[ai] ?? 1;
        if (alt.length === 1) {
          const range = postings(seg, alt[0]!);
          if (!range) return;
          for (let p = range.from; p < range.to; p++) {
            const d = seg.postDocs[p]!;
            const v = altWeight * bm25(weightedTf(seg.postTf[p]!), seg.length[d]!);
            if (v > best[d]!) {
              if (best[d] === 0) touched[nTouched++] = d;
              best[d] = v;
            }
          }
          return;
        }
        // A phrase or a compound's parts: every stem in the agreement; frequency of the rarest.
        let rarest = alt[0]!;
        for (const id of alt) if (segmentDf(seg, id) < segmentDf(seg, rarest)) rarest = id;
        const range = postings(seg, rarest);
        if (!range) return;
        for (let p = range.from; p < range.to; p++) {
          const d = seg.postDocs[p]!;
          let tf = weightedTf(seg.postTf[p]!);
          let all = true;
          for (const s of alt) {
            if (s === rarest) continue;
            const packed = termIn(seg, s, d);
            if (!packed) {
              all = false;
              break;
            }
            tf = Math.min(tf, weightedTf(packed));
          }
          if (!all) continue;
          const v = altWeight * bm25(tf, seg.length[d]!);
          if (v > best[d]!) {
            if (best[d] === 0) touched[nTouched++] = d;
            best[d] = v;
          }
        }
      });
      for (let k = 0; k < nTouched; k++) {
        const d = touched[k]!;
        acc[d]! += t.weight * best[d]!;
        if (t.core) cov[d]! += t.coverageWeight;
        best[d] = 0;
        if (!seen[d]) {
          seen[d] = 1;
          touchedAll[nAll++] = d;
        }
      }
    }
    const allowed = opts.municipalities;
    for (let k = 0; k < nAll; k++) {
      const d = touchedAll[k]!;
      if (!seg.deleted[d] && !(allowed && !allowed.has(seg.docs[d]!.municipality.toLocaleLowerCase('nl')))) finish(seg, d, acc[d]!, cov[d]!);
      // Leave the scratch arrays zeroed for the next question.
      acc[d] = 0;
      cov[d] = 0;
      seen[d] = 0;
    }
  }
  return top.sorted();
}

interface Scratch {
  acc: Float32Array;
  cov: Float32Array;
  best: Float32Array;
  seen: Uint8Array;
  touched: Int32Array;
  touchedAll: Int32Array;
}
const scratches = new WeakMap<Segment, Scratch>();

/**
 * Per-segment work arrays, kept between questions: scoring is synchronous, so one set per segment
 * suffices, and a question allocates nothing in proportion to the corpus.
 */
function scratchFor(seg: Segment): Scratch {
  let s = scratches.get(seg);
  if (!s) {
    const n = seg.docs.length;
    s = { acc: new Float32Array(n), cov: new Float32Array(n), best: new Float32Array(n), seen: new Uint8Array(n), touched: new Int32Array(n), touchedAll: new Int32Array(n) };
    scratches.set(seg, s);
  }
  return s;
}

/** One term's BM25 score in one agreement (the best of its alternatives), by binary search. */
function termScoreOne(seg: Segment, doc: number, t: WeightedTerm, ids: Array<number[] | null>, bm25: (tf: number, len: number) => number): number {
  if (seg.deleted[doc]) return 0;
  let best = 0;
  ids.forEach((alt, ai) => {
    if (!alt) return;
    let tf = Infinity;
    for (const id of alt) {
      const packed = termIn(seg, id, doc);
      if (!packed) {
        tf = 0;
        break;
      }
      tf = Math.min(tf, weightedTf(packed));
    }
    if (tf > 0 && tf !== Infinity) best = Math.max(best, (t.altWeights[ai] ?? 1) * bm25(tf, seg.length[doc]!));
  });
  return best;
}
