import type { Citation } from '../core/messages.js';
import { QA_TEXTS, type Lang } from './texts.js';

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

export function toCitation(h: SearchHit): Citation {
  return { municipality: h.municipality, number: h.number, title: h.title, chapter: h.chapter, passage: h.passage };
}

/** The extractive answer: per agreement its municipality, number, title and the matching sentences, verbatim. */
export function composeExtractive(hits: SearchHit[], lang: Lang): string {
  const t = QA_TEXTS[lang];
  const lines: string[] = [hits.length === 1 ? t.foundOne : t.foundMany];
  for (const h of hits) {
    lines.push('', `${h.municipality} ${h.number} — ${h.title}${h.chapter ? ` (${h.chapter})` : ''}`);
    for (const p of h.passages) lines.push(`• ${p}`);
  }
  return lines.join('\n');
}

export function composeNotFound(topic: string, themes: string[], lang: Lang): string {
  const t = QA_TEXTS[lang];
  const first = topic ? t.notFound(topic) : t.notFoundGeneric;
  return themes.length ? `${first} ${t.themes(themes.slice(0, 8).join(', '))}` : first;
}
