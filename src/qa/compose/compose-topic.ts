import { labelOf, type AnswerHit } from '../answer.js';
import { QA_TEXTS, type Lang } from '../texts.js';

/** What kind of fact the question asks for, so the sentence holding it can lead the answer. */
export type Wanted = 'number' | 'who' | 'when' | null;

const NUMBER_WORDS =
  /\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|tweemaal|driemaal|viermaal|helft|kwart)\b/i;
const YEAR = /\b(19|20)\d{2}\b/g;
/** Dutch month names as a pattern alternation, for sentences that say when. */
export const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DATE = new RegExp(String.raw`\b(19|20)\d{2}\b|\b(${MONTHS}|kwartaal|voorjaar|najaar|zomer|winter)\b`, 'i');

/** Whether a sentence states the kind of fact asked for. */
function holds(sentence: string, wanted: Wanted, partyForms: string[]): boolean {
  if (wanted === 'number') return /\d/.test(sentence.replace(YEAR, '')) || NUMBER_WORDS.test(sentence);
  if (wanted === 'when') return DATE.test(sentence);
  if (wanted === 'who') return namesParty(sentence, partyForms);
  return true;
}

/** Whether a sentence names one of a party's forms (normalised, whole words). */
export function namesParty(sentence: string, partyForms: readonly string[]): boolean {
  const t = ` ${sentence.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ')} `;
  return partyForms.some((f) => f.length >= 3 && t.includes(` ${f} `));
}

export interface TopicAnswerOptions {
  lang: Lang;
  wanted: Wanted;
  /** Normalised names of the known parties, for "wie" questions. */
  partyForms: string[];
  /** Normalised names of the party the question asks about ("Wat moet HBVP doen …?"), if any. */
  askedParty?: string[];
  /** Set when no agreement covers the question well: the answer is framed as the closest ones. */
  closestTopic?: string | null;
}

/**
 * The extractive answer: the sentence holding the asked number or name first, then the other sentences
 * of that agreement and of the next best ones, each once, each agreement cited as "(Almelo 3 — title)".
 */
export function composeTopicAnswer(hits: AnswerHit[], opts: TopicAnswerOptions): string {
  const t = QA_TEXTS[opts.lang];
  const quotes = hits.map((h, i) => {
    const best = h.passages[0]?.score ?? 0;
    const max = i === 0 ? 3 : 2;
    const share = i === 0 ? 0.4 : 0.8;
    let chosen = h.passages.filter((p, k) => k === 0 || (k < max && p.score >= best * share));
    // A short best agreement is quoted whole: its other sentences hold the details ("twee ochtenden per week").
    const length = h.passages.reduce((n, p) => n + p.text.length, 0);
    if (i === 0 && h.passages.length <= 4 && length <= 600) chosen = [...h.passages];
    // The best agreement names every figure it gives on the topic ("Sint Joseph 22 … Beter Wonen 20").
    if (i === 0) {
      const numeric = h.passages.filter((p) => p.score >= best * (opts.wanted === 'number' ? 0.5 : 0.7) && holds(p.text, 'number', []));
      // "Wat moet HBVP doen aan schimmel?": the sentence that names the party says what it does.
      const named = opts.askedParty?.length ? h.passages.filter((p) => holds(p.text, 'who', opts.askedParty!)).slice(0, 1) : [];
      chosen = [...new Set([...chosen, ...named, ...numeric])].slice(0, 4);
    }
    return { h, sentences: chosen.map((p) => ({ text: p.text, score: p.score })) };
  });

  // The lead: the best sentence that states the asked kind of fact, in the best agreements first.
  let lead: { q: number; s: number } | null = null;
  if (opts.wanted) {
    for (let q = 0; q < Math.min(2, quotes.length) && !lead; q++) {
      const passages = quotes[q]!.h.passages;
      const candidates = passages.filter((p) => p.score > 0 && p.score >= (passages[0]?.score ?? 0) * 0.4);
      // A short agreement may state the fact in a sentence without the question's words ("Looptijd: … tot en met 2029").
      if (q === 0 && passages.length <= 6) candidates.push(...passages.filter((p) => !candidates.includes(p)));
      const found = candidates.find((p) => holds(p.text, opts.wanted, opts.partyForms));
      if (found) {
        const s = quotes[q]!.sentences.findIndex((x) => x.text === found.text);
        if (s < 0) quotes[q]!.sentences.unshift({ text: found.text, score: found.score });
        lead = { q, s: Math.max(0, s) };
      }
    }
  }
  if (lead) {
    const [block] = quotes.splice(lead.q, 1);
    const [sentence] = block!.sentences.splice(lead.s, 1);
    block!.sentences.unshift(sentence!);
    quotes.unshift(block!);
  }

  const seen = new Set<string>();
  const paragraphs: string[] = [];
  if (opts.closestTopic !== undefined && opts.closestTopic !== null) paragraphs.push(t.closest(opts.closestTopic));
  for (const { h, sentences } of quotes) {
    const fresh = sentences.map((s) => s.text).filter((s) => !seen.has(s));
    for (const s of fresh) seen.add(s);
    const text = fresh.length ? fresh.join(' ') : h.a.title;
    paragraphs.push(`${text} ${t.source(labelOf(h.a), h.a.title)}`);
  }
  return paragraphs.join('\n\n');
}

/** "Ik vond geen afspraak over X." with the themes that do exist. */
export function composeNotFound(topic: string, themes: string[], lang: Lang): string {
  const t = QA_TEXTS[lang];
  const first = topic ? t.notFound(topic) : t.notFoundGeneric;
  return themes.length ? `${first} ${t.themes(themes.slice(0, 8))}` : first;
}
