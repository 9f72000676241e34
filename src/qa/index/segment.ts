import type { AgreementTable } from '../../core/agreement.js';
import type { Analyzer } from '../analysis/analyzer.js';

/** What the index keeps of one agreement: its metadata and texts (for passages), not the analysis. */
export interface IndexedAgreement {
  agreementId: string;
  documentId: string;
  municipality: string;
  number: string;
  title: string;
  chapterTitle: string | null;
  responsible: string[];
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  yearText: string;
  multiYearText: string;
  tables: AgreementTable[];
}

/** Field weights in the BM25F term frequency: the title says most, the chapter and parties least. */
export const FIELD_WEIGHTS = { title: 3, year: 1, multiYear: 0.8, meta: 0.5 } as const;

/**
 * An immutable index over the agreements of some documents: integer term ids, postings in typed arrays
 * (agreement numbers ascending), and the term frequency per field packed into one 32-bit word
 * (title, this year's text, multi-year text, chapter/parties; 8 bits each).
 */
export interface Segment {
  docs: IndexedAgreement[];
  /** 1 when the agreement was removed (its document replaced or deleted) after the segment was built. */
  deleted: Uint8Array;
  dict: Map<string, number>;
  df: Uint32Array;
  start: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint32Array;
  /** Weighted length of each agreement (same weights as the term frequencies). */
  length: Float32Array;
  /** Normalised surface words with their document frequency, for typo correction. */
  words: Map<string, number>;
  /** The documents whose agreements this segment holds (a document is never split over segments). */
  documentIds: Set<string>;
}

/** Unpacks a posting's per-field term frequencies into the weighted term frequency. */
export function weightedTf(packed: number): number {
  return (
    FIELD_WEIGHTS.title * (packed >>> 24) +
    FIELD_WEIGHTS.year * ((packed >>> 16) & 0xff) +
    FIELD_WEIGHTS.multiYear * ((packed >>> 8) & 0xff) +
    FIELD_WEIGHTS.meta * (packed & 0xff)
  );
}

const FIELD_SHIFT = [24, 16, 8, 0] as const;

/** The analysed terms of one agreement: per term the packed field frequencies, plus its surface words. */
export interface AnalysedAgreement {
  terms: Map<string, number>;
  words: Set<string>;
  length: number;
}

/** Analyses one agreement's fields (CPU work; the caller slices it to keep the event loop free). */
export function analyseAgreement(analyzer: Analyzer, a: IndexedAgreement): AnalysedAgreement {
  const terms = new Map<string, number>();
  const words = new Set<string>();
  let length = 0;
  const fields: Array<[string, number, number]> = [
    [a.title, 0, FIELD_WEIGHTS.title],
    [a.yearText, 1, FIELD_WEIGHTS.year],
    [a.multiYearText, 2, FIELD_WEIGHTS.multiYear],
    [[a.chapterTitle ?? '', ...a.responsible, a.municipality].join(' '), 3, FIELD_WEIGHTS.meta],
  ];
  for (const [text, field, weight] of fields) {
    if (!text) continue;
    const shift = FIELD_SHIFT[field as 0 | 1 | 2 | 3];
    for (const w of analyzer.words(text)) {
      words.add(w.word);
      length += weight;
      for (const s of [w.stem, ...w.extra]) {
        const packed = terms.get(s) ?? 0;
        const count = (packed >>> shift) & 0xff;
        if (count < 255) terms.set(s, (packed + (1 << shift)) >>> 0);
      }
    }
  }
  return { terms, words, length };
}

/** Packs analysed agreements into a segment (synchronous; keep batches to a few thousand agreements). */
export function buildSegment(docs: IndexedAgreement[], analysed: AnalysedAgreement[]): Segment {
  const dict = new Map<string, number>();
  const counts: number[] = [];
  for (const a of analysed) {
    for (const term of a.terms.keys()) {
      let id = dict.get(term);
      if (id === undefined) {
        id = counts.length;
        dict.set(term, id);
        counts.push(0);
      }
      counts[id]!++;
    }
  }
  const start = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
  const total = start[counts.length]!;
  const postDocs = new Uint32Array(total);
  const postTf = new Uint32Array(total);
  const fill = start.slice(0, counts.length);
  const length = new Float32Array(docs.length);
  const words = new Map<string, number>();
  analysed.forEach((a, doc) => {
    length[doc] = a.length;
    for (const [term, packed] of a.terms) {
      const id = dict.get(term)!;
      const at = fill[id]!++;
      postDocs[at] = doc;
      postTf[at] = packed;
    }
    for (const w of a.words) words.set(w, (words.get(w) ?? 0) + 1);
  });
  return {
    docs,
    deleted: new Uint8Array(docs.length),
    dict,
    df: Uint32Array.from(counts),
    start,
    postDocs,
    postTf,
    length,
    words,
    documentIds: new Set(docs.map((d) => d.documentId)),
  };
}

/** The posting range of a stem in a segment, or null when the segment lacks it. */
export function postings(seg: Segment, stem: string): { from: number; to: number } | null {
  const id = seg.dict.get(stem);
  if (id === undefined) return null;
  return { from: seg.start[id]!, to: seg.start[id + 1]! };
}

/** The packed field frequencies of a stem in one agreement of the segment (binary search), 0 when absent. */
export function termIn(seg: Segment, stem: string, doc: number): number {
  const range = postings(seg, stem);
  if (!range) return 0;
  let lo = range.from;
  let hi = range.to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = seg.postDocs[mid]!;
    if (d === doc) return seg.postTf[mid]!;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
