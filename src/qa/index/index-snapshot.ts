import { buildVocabulary, type Vocabulary } from '../analysis/typos.js';
import type { StoredParty } from '../search-store-port.js';
import { postings, segmentDf, type IndexedAgreement, type Segment } from './segment.js';
import { TermDictionary } from './term-dictionary.js';

/** One agreement in the index: its segment and position there. */
export interface DocRef {
  seg: Segment;
  doc: number;
  a: IndexedAgreement;
}

const key = (s: string) => s.toLocaleLowerCase('nl');

/**
 * A consistent view of the index for the questions of one moment: the segments, and statistics over
 * the live agreements. Built cheaply (no postings are copied); derived lookups are made on first use.
 */
export class IndexSnapshot {
  readonly total: number;
  readonly avgLength: number;
  private dfCache = new Map<string, number>();
  private vocab: Vocabulary | undefined;
  private byMunicipality: Map<string, DocRef[]> | undefined;

  constructor(
    readonly segments: Segment[],
    /** The term ids and surface words the segments were built with. */
    readonly dict: TermDictionary = new TermDictionary(),
    /** Parties named in the documents (the parties table), for question analysis. */
    readonly parties: StoredParty[] = [],
    /** The database fingerprint this view reflects. */
    readonly version = '',
  ) {
    let n = 0;
    let len = 0;
    for (const seg of segments) {
      for (let i = 0; i < seg.docs.length; i++) {
        if (seg.deleted[i]) continue;
        n++;
        len += seg.length[i]!;
      }
    }
    this.total = n;
    this.avgLength = n ? len / n : 1;
  }

  /**
   * Builds the derived lookups (typo vocabulary, agreements per municipality), yielding in between, so
   * the first question on this view finds them ready.
   */
  async prepareLookups(yieldToLoop: () => Promise<void>): Promise<void> {
    this.vocab = buildVocabulary(this.dict.words);
    await yieldToLoop();
    this.municipalityIndex();
  }

  /** Agreements holding the stem (deleted ones still count until the next rebuild). */
  df(stem: string): number {
    let df = this.dfCache.get(stem);
    if (df === undefined) {
      df = 0;
      const id = this.dict.get(stem);
      if (id !== undefined) for (const seg of this.segments) df += segmentDf(seg, id);
      this.dfCache.set(stem, df);
    }
    return df;
  }

  /** How many agreements use this surface word (for typo correction and "is this word known?"). */
  wordDf(word: string): number {
    return this.dict.words.get(word) ?? 0;
  }

  /** The surface vocabulary grouped for typo lookups, built on first use. */
  vocabulary(): Vocabulary {
    this.vocab ??= buildVocabulary(this.dict.words);
    return this.vocab;
  }

  private municipalityIndex(): Map<string, DocRef[]> {
    if (!this.byMunicipality) {
      const m = new Map<string, DocRef[]>();
      for (const seg of this.segments) {
        seg.docs.forEach((a, doc) => {
          if (seg.deleted[doc]) return;
          const k = key(a.municipality);
          const list = m.get(k) ?? [];
          list.push({ seg, doc, a });
          m.set(k, list);
        });
      }
      this.byMunicipality = m;
    }
    return this.byMunicipality;
  }

  /** Municipalities with at least one agreement, as stored. */
  municipalities(): string[] {
    return [...this.municipalityIndex().values()].map((refs) => refs[0]!.a.municipality).sort((a, b) => a.localeCompare(b, 'nl'));
  }

  /** The live agreements of a municipality (case-insensitive). */
  agreementsOf(municipality: string): DocRef[] {
    return (this.municipalityIndex().get(key(municipality)) ?? []).filter((r) => !r.seg.deleted[r.doc]);
  }

  /** The live agreements whose index holds the stem. */
  *withStem(stem: string): Iterable<DocRef> {
    const id = this.dict.get(stem);
    if (id === undefined) return;
    for (const seg of this.segments) {
      const range = postings(seg, id);
      if (!range) continue;
      for (let p = range.from; p < range.to; p++) {
        const doc = seg.postDocs[p]!;
        if (!seg.deleted[doc]) yield { seg, doc, a: seg.docs[doc]! };
      }
    }
  }

  /** Every live agreement. */
  *all(): Iterable<DocRef> {
    for (const seg of this.segments) for (let doc = 0; doc < seg.docs.length; doc++) if (!seg.deleted[doc]) yield { seg, doc, a: seg.docs[doc]! };
  }

  /** One agreement by municipality and number as printed ("3", "2.1", "A3"), or null. */
  find(municipality: string, number: string): DocRef | null {
    // "D2" and "D.2", "A 3" and "A3" are the same printed number.
    // "2b" and "2.b" too: a letter after the number, with or without its dot.
    const key = (x: string) => x.toLowerCase().replace(/^([a-z]{1,2})[.\s-]+(?=\d)/, '$1').replace(/(\d)\.(?=[a-z]$)/, '$1');
    const n = key(number);
    const all = this.agreementsOf(municipality);
    return all.find((r) => r.a.number.toLowerCase() === number.toLowerCase()) ?? all.find((r) => key(r.a.number) === n) ?? null;
  }
}
