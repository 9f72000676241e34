import type { Analyzer } from '../analysis/analyzer.js';
import { SENTENCE_INSTRUCTION, SENTENCE_NUMBER, SENTENCE_YEAR_TEXT, type Segment } from '../index/segment.js';
import type { TermDictionary } from '../index/term-dictionary.js';
import { agreementSentences, type Passage } from '../passages.js';
import type { WeightedTerm } from './prepare-query.js';

/** What sentence scoring needs from the question. */
export interface SentenceQuery {
  terms: WeightedTerm[];
  /** The question asks for a quantity ("hoeveel", "percentage"). */
  wantsNumber: boolean;
  year: number | null;
  /** The names of the party asked about, each as its stems. */
  partyStems: string[][];
}

/** One sentence's score, by its number in the agreement. */
export interface SentenceScore {
  index: number;
  score: number;
  field: Passage['field'];
}

/** The query's stems as dictionary ids, alternatives numbered 0…n-1 across all terms. */
interface SegmentIds {
  /** Term id → the alternatives it is part of. */
  owners: Map<number, number[]>;
  /** Per alternative: how many distinct ids it needs (0 when the dictionary lacks one of its stems). */
  needs: Int32Array;
  party: Array<number[] | undefined>;
}

const idsIn = (dict: TermDictionary, stems: string[]): number[] | undefined => {
  const out: number[] = [];
  for (const s of stems) {
    const id = dict.get(s);
    if (id === undefined) return undefined;
    if (!out.includes(id)) out.push(id);
  }
  return out;
};

/** Scores sentences from the index's per-sentence term ids: no text is read or analysed. */
export class SentenceScorer {
  private ids: SegmentIds;
  private meanWeight: number;
  /** Per alternative: its term. */
  private termOf: Int32Array;
  private found: Int32Array;

  constructor(
    private readonly q: SentenceQuery,
    dict: TermDictionary,
  ) {
    this.meanWeight = q.terms.length ? q.terms.reduce((a, t) => a + t.weight, 0) / q.terms.length : 1;
    this.termOf = Int32Array.from(q.terms.flatMap((t, ti) => t.alternatives.map(() => ti)));
    this.found = new Int32Array(this.termOf.length);
    const owners = new Map<number, number[]>();
    const needs = new Int32Array(this.termOf.length);
    let k = 0;
    for (const t of q.terms) {
      for (const alt of t.alternatives) {
        const altIds = idsIn(dict, alt);
        if (altIds) {
          needs[k] = altIds.length;
          for (const id of altIds) owners.set(id, [...(owners.get(id) ?? []), k]);
        }
        k++;
      }
    }
    this.ids = { owners, needs, party: q.partyStems.map((stems) => idsIn(dict, stems)) };
  }

  /** Every quotable sentence of the agreement with its score, in document order. */
  score(seg: Segment, doc: number): SentenceScore[] {
    const ids = this.ids;
    const { found, termOf } = this;
    const terms = this.q.terms;
    const out: SentenceScore[] = [];
    const hit = new Uint8Array(terms.length);
    for (let s = seg.sentStart[doc]!, index = 0; s < seg.sentStart[doc + 1]!; s++, index++) {
      const flags = seg.sentFlags[s]!;
      if (flags & SENTENCE_INSTRUCTION) continue;
      const from = seg.sentTermStart[s]!;
      const to = seg.sentTermStart[s + 1]!;
      found.fill(0);
      hit.fill(0);
      // One pass over the sentence's terms counts, per alternative, how many of its words it holds.
      for (let k = from; k < to; k++) {
        const owners = ids.owners.get(seg.sentTerms[k]!);
        if (owners) for (const a of owners) if (++found[a]! === ids.needs[a]) hit[termOf[a]!] = 1;
      }
      let score = 0;
      for (let t = 0; t < terms.length; t++) if (hit[t]) score += terms[t]!.weight;
      // Sentences with a figure state the agreement most concretely; a number question wants them first.
      if (flags & SENTENCE_NUMBER) score *= this.q.wantsNumber ? 1.4 : 1.15;
      if (this.q.year && (seg.sentYears[2 * s] === this.q.year || seg.sentYears[2 * s + 1] === this.q.year)) score *= 1.15;
      // A sentence naming the party asked about says what that party does, even in other words.
      if (ids.party.some((p) => p && p.every((id) => seg.sentTerms.subarray(from, to).includes(id)))) score = (score + this.meanWeight / 2) * 1.3;
      if (flags & SENTENCE_YEAR_TEXT) score *= 1.1;
      out.push({ index, score, field: flags & SENTENCE_YEAR_TEXT ? 'year' : 'multiYear' });
    }
    return out;
  }
}

/** The sentences' texts for an agreement's scores, best first (document order among equals). */
export function passagesOf(a: { agreementId: string; yearText: string; multiYearText: string }, scores: SentenceScore[]): Passage[] {
  const sentences = sentencesOf(a);
  return scores
    .filter((s) => sentences[s.index])
    .map((s) => ({ text: sentences[s.index]!.text, score: s.score, field: s.field, order: s.index }))
    .sort((x, y) => y.score - x.score || x.order - y.order);
}

const sentenceCache = new Map<string, ReturnType<typeof agreementSentences>>();
/** An agreement's sentences; the last few thousand are kept, since good answers come back often. */
function sentencesOf(a: { agreementId: string; yearText: string; multiYearText: string }) {
  const key = `${a.agreementId}|${a.yearText.length}|${a.multiYearText.length}`;
  let hit = sentenceCache.get(key);
  if (!hit) {
    hit = agreementSentences(a);
    if (sentenceCache.size > 3000) sentenceCache.delete(sentenceCache.keys().next().value!);
    sentenceCache.set(key, hit);
  }
  return hit;
}

/** The party's names as stems, for sentence scoring. */
export const partyStemsOf = (analyzer: Analyzer, forms: string[]) => forms.map((f) => analyzer.stems(f)).filter((s) => s.length > 0);
