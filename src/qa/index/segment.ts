import type { AgreementTable } from '../../core/agreement.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { isQuotable, looksLikeInstruction, splitFragments } from '../passages.js';
import type { TermDictionary } from './term-dictionary.js';

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
 * An immutable index over the agreements of some documents: postings in typed arrays under the
 * dictionary's term ids (agreement numbers ascending), and the term frequency per field packed into one
 * 32-bit word (title, this year's text, multi-year text, chapter/parties; 8 bits each).
 */
export interface Segment {
  docs: IndexedAgreement[];
  /** 1 when the agreement was removed (its document replaced or deleted) after the segment was built. */
  deleted: Uint8Array;
  /** The dictionary ids of the terms this segment holds, ascending; `df`, `start` follow this order. */
  terms: Uint32Array;
  df: Uint32Array;
  start: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint32Array;
  /** Weighted length of each agreement (same weights as the term frequencies). */
  length: Float32Array;
  /** The documents whose agreements this segment holds (a document is never split over segments). */
  documentIds: Set<string>;
  /** The agreement's quotable sentences are sentences sentStart[doc] … sentStart[doc + 1] - 1. */
  sentStart: Uint32Array;
  /** A sentence's term ids are sentTerms[sentTermStart[s] … sentTermStart[s + 1] - 1]. */
  sentTermStart: Uint32Array;
  sentTerms: Uint32Array;
  /** Per sentence: SENTENCE_* flags. */
  sentFlags: Uint8Array;
  /** Per sentence: the first two years it names (0 for none). */
  sentYears: Uint16Array;
}

/** The sentence comes from this year's text (else from the multi-year text). */
export const SENTENCE_YEAR_TEXT = 1;
/** The sentence holds a figure other than a year. */
export const SENTENCE_NUMBER = 2;
/** The sentence reads as an instruction to a model: never quoted. */
export const SENTENCE_INSTRUCTION = 4;

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

/**
 * Collects analysed agreements for one segment. Each agreement's terms become typed arrays of term ids
 * at once, so what waits for packing is compact (and cheap for the garbage collector to walk).
 */
export class SegmentBuilder {
  readonly docs: IndexedAgreement[] = [];
  /** Per term id: in how many of this segment's agreements it occurs. */
  private counts = new Map<number, number>();
  private docTerms: Uint32Array[] = [];
  private docTfs: Uint32Array[] = [];
  private lengths: number[] = [];
  private sentStart: number[] = [0];
  private sentTermStart: number[] = [0];
  private sentTerms: number[] = [];
  private sentFlags: number[] = [];
  private sentYears: number[] = [];

  constructor(
    private readonly analyzer: Analyzer,
    private readonly dict: TermDictionary,
  ) {}

  get size(): number {
    return this.docs.length;
  }

  /** Analyses one agreement's fields (the CPU work; the caller slices it to keep the event loop free). */
  add(a: IndexedAgreement): void {
    const terms = new Map<string, number>();
    const seenWords = new Set<string>();
    let length = 0;
    const tables = a.tables.map((t) => [t.caption ?? '', ...t.header, ...t.rows.flat()].join(' ')).join(' ');
    const fields: Array<[string, 0 | 1 | 2 | 3, number]> = [
      [a.title, 0, FIELD_WEIGHTS.title],
      [a.yearText, 1, FIELD_WEIGHTS.year],
      [a.multiYearText, 2, FIELD_WEIGHTS.multiYear],
      [[a.chapterTitle ?? '', ...a.responsible, a.municipality, tables].join(' '), 3, FIELD_WEIGHTS.meta],
    ];
    const quoted = new Set<string>();
    for (const [text, field, weight] of fields) {
      if (!text) continue;
      const shift = FIELD_SHIFT[field];
      // This year's and the multi-year text go sentence by sentence, so each sentence's terms are known.
      const fragments = field === 1 || field === 2 ? splitFragments(text) : [text];
      for (const fragment of fragments) {
        const sentence = (field === 1 || field === 2) && isQuotable(fragment) && !quoted.has(fragment) ? new Set<number>() : null;
        for (const w of this.analyzer.words(fragment)) {
          seenWords.add(w.word);
          length += weight;
          for (let k = -1; k < w.extra.length; k++) {
            const stem = k < 0 ? w.stem : w.extra[k]!;
            const packed = terms.get(stem) ?? 0;
            if (((packed >>> shift) & 0xff) < 255) terms.set(stem, (packed + (1 << shift)) >>> 0);
            sentence?.add(this.dict.id(stem));
          }
        }
        if (sentence) {
          quoted.add(fragment);
          this.addSentence(fragment, sentence, field === 1);
        }
      }
    }
    this.sentStart.push(this.sentFlags.length);
    const ids = new Uint32Array(terms.size);
    const tfs = new Uint32Array(terms.size);
    let i = 0;
    for (const [term, packed] of terms) {
      const id = this.dict.id(term);
      this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
      ids[i] = id;
      tfs[i++] = packed;
    }
    this.dict.countWords(seenWords);
    this.docs.push(a);
    this.docTerms.push(ids);
    this.docTfs.push(tfs);
    this.lengths.push(length);
  }

  private addSentence(text: string, ids: Set<number>, yearText: boolean): void {
    for (const id of ids) this.sentTerms.push(id);
    this.sentTermStart.push(this.sentTerms.length);
    const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
    const number = /\d/.test(text.replace(/\b(?:19|20)\d{2}\b/g, ''));
    this.sentFlags.push((yearText ? SENTENCE_YEAR_TEXT : 0) | (number ? SENTENCE_NUMBER : 0) | (looksLikeInstruction(text) ? SENTENCE_INSTRUCTION : 0));
    this.sentYears.push(years[0] ?? 0, years[1] ?? 0);
  }

  /** Packs the postings (synchronous; keep segments to a thousand or two agreements). */
  build(): Segment {
    const terms = Uint32Array.from(this.counts.keys()).sort();
    const slot = new Map<number, number>();
    terms.forEach((id, i) => slot.set(id, i));
    const n = terms.length;
    const df = new Uint32Array(n);
    const start = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      df[i] = this.counts.get(terms[i]!)!;
      start[i + 1] = start[i]! + df[i]!;
    }
    const postDocs = new Uint32Array(start[n]!);
    const postTf = new Uint32Array(start[n]!);
    const fill = start.slice(0, n);
    this.docTerms.forEach((ids, doc) => {
      const tfs = this.docTfs[doc]!;
      for (let k = 0; k < ids.length; k++) {
        const at = fill[slot.get(ids[k]!)!]!++;
        postDocs[at] = doc;
        postTf[at] = tfs[k]!;
      }
    });
    return {
      docs: this.docs,
      deleted: new Uint8Array(this.docs.length),
      terms,
      df,
      start,
      postDocs,
      postTf,
      length: Float32Array.from(this.lengths),
      documentIds: new Set(this.docs.map((d) => d.documentId)),
      sentStart: Uint32Array.from(this.sentStart),
      sentTermStart: Uint32Array.from(this.sentTermStart),
      sentTerms: Uint32Array.from(this.sentTerms),
      sentFlags: Uint8Array.from(this.sentFlags),
      sentYears: Uint16Array.from(this.sentYears),
    };
  }
}

/** Builds a segment over these agreements in one go (tests and small batches). */
export function buildSegment(analyzer: Analyzer, dict: TermDictionary, docs: IndexedAgreement[]): Segment {
  const b = new SegmentBuilder(analyzer, dict);
  for (const a of docs) b.add(a);
  return b.build();
}

/** Where the segment keeps a term id (binary search), or -1 when it lacks the term. */
export function slotOf(seg: Segment, id: number): number {
  let lo = 0;
  let hi = seg.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = seg.terms[mid]!;
    if (t === id) return mid;
    if (t < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The posting range of a term id in a segment, or null when the segment lacks it. */
export function postings(seg: Segment, id: number): { from: number; to: number } | null {
  const slot = slotOf(seg, id);
  return slot < 0 ? null : { from: seg.start[slot]!, to: seg.start[slot + 1]! };
}

/** Agreements of the segment holding the term id. */
export function segmentDf(seg: Segment, id: number): number {
  const slot = slotOf(seg, id);
  return slot < 0 ? 0 : seg.df[slot]!;
}

/** The packed field frequencies of a term id in one agreement of the segment (binary search), 0 when absent. */
export function termIn(seg: Segment, id: number, doc: number): number {
  const range = postings(seg, id);
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
