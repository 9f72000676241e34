import type { Citation } from '../core/messages.js';
import type { IndexedAgreement } from './index/segment.js';
import type { Passage } from './passages.js';

/** One search result, as the CLI and the engine show it. */
export interface SearchHit {
  municipality: string;
  number: string;
  title: string;
  chapter: string | null;
  score: number;
  /** The sentences that answer the question. */
  passage: string;
  /** All selected passages, best first. */
  passages: string[];
  agreementId: string;
}

/** A ranked agreement as answer composition sees it: the stored agreement and its scored sentences. */
export interface AnswerHit {
  a: IndexedAgreement;
  score: number;
  coverage: number;
  passages: Passage[];
}

/** "Almelo 3": how answers and citations label an agreement. */
export const labelOf = (a: { municipality: string; number: string }) => `${a.municipality} ${a.number}`;

/** The sentences of a hit worth quoting: the best, and those nearly as good (at most `max`). */
export function chosenSentences(h: AnswerHit, max = 3, share = 0.6): string[] {
  const best = h.passages[0]?.score ?? 0;
  return h.passages.filter((p, i) => i === 0 || (i < max && p.score >= best * share)).map((p) => p.text);
}

/** The public shape of a hit; `passage` joins the sentences an answer would quote. */
export function toSearchHit(h: AnswerHit): SearchHit {
  const passages = chosenSentences(h);
  return {
    agreementId: h.a.agreementId,
    municipality: h.a.municipality,
    number: h.a.number,
    title: h.a.title,
    chapter: h.a.chapterTitle,
    score: Math.round(h.score * 10_000) / 10_000,
    passage: passages.join(' … '),
    passages,
  };
}

/**
 * A citation for the channels: municipality, number, title, theme. The quoted sentences are in the
 * answer text already, so the citation carries none (each passage is shown once).
 */
export function toCitation(a: { municipality: string; number: string; title: string; chapter?: string | null; chapterTitle?: string | null }): Citation {
  return { municipality: a.municipality, number: a.number, title: a.title, chapter: a.chapter ?? a.chapterTitle ?? null };
}
