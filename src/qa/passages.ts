import type { Analyzer, QueryTerm } from './analysis/analyzer.js';
import { stripMarkup } from './analysis/normalise.js';

export interface Passage {
  text: string;
  score: number;
  /** Where it came from: this year's text, the multi-year text, or the title. */
  field: 'year' | 'multiYear';
  order: number;
}

/** Text that addresses a language model rather than a reader: never passed on or quoted. */
const INSTRUCTION_LIKE =
  /\b(negeer|vergeet)\b.{0,40}\b(instructie|opdracht|regels)|\bignore\b.{0,40}\b(instruction|prompt)|\b(system ?prompt|systeemprompt)\b|\byou are (now )?(a|an|the)\b|\bje bent nu\b|\bals (ai|taalmodel|assistent)\b/i;

/** True when a sentence reads as an instruction to an AI model (a planted prompt injection). */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION_LIKE.test(text);
}

/** Splits agreement text into sentences and bullet items, keeping numbers ("2 á 3", "30%") intact. */
export function splitPassages(text: string): string[] {
  const clean = stripMarkup(text)
    .replace(/[•➤▪●◦]|(^|\n)\s*[-*]\s+/g, '\n')
    // A semicolon ends a list item; "…van het Rijk; voor 2026 gaat het om 34 personen" goes on.
    .replace(/;\s+(?=[A-Z0-9À-Ý•➤])/g, ';\n');
  const out: string[] = [];
  for (const block of clean.split(/\n+/)) {
    // Sentence ends: ". " before a capital or digit, not after a single letter or common abbreviation.
    const parts = block.split(/(?<=[.!?])\s+(?=[A-Z0-9À-Ý])(?<!\b(?:[a-zA-Z]|o\.a|m\.n|bijv|St|nr|ca)\.\s+)/);
    for (const p of parts) {
      const s = p.replace(/\s+/g, ' ').trim();
      if (s.split(' ').length >= 3) out.push(s);
    }
  }
  return out;
}

export interface PassageQuery {
  terms: QueryTerm[];
  /** IDF weight per term, same order. */
  weights: number[];
  /** The question asks for a quantity ("hoeveel", "how many", "percentage"). */
  wantsNumber: boolean;
  year: number | null;
  /** The party asked about, by its names. */
  party: string | string[] | null;
}

/** Sentences of a text with their stems; analysing is most of a question's CPU, and texts recur. */
type AnalysedSentence = { text: string; stems: Set<string>; instruction: boolean };
const ANALYSED_LIMIT = 4000;
const analysedTexts = new Map<string, AnalysedSentence[]>();

function analysedSentences(analyzer: Analyzer, text: string): AnalysedSentence[] {
  const hit = analysedTexts.get(text);
  if (hit) {
    // Least recently used goes first: re-insert on use.
    analysedTexts.delete(text);
    analysedTexts.set(text, hit);
    return hit;
  }
  const sentences = splitPassages(text).map((s) => ({ text: s, stems: new Set(analyzer.stems(s)), instruction: looksLikeInstruction(s) }));
  analysedTexts.set(text, sentences);
  if (analysedTexts.size > ANALYSED_LIMIT) analysedTexts.delete(analysedTexts.keys().next().value!);
  return sentences;
}

const termHit = (stems: Set<string>, t: QueryTerm) => t.alternatives.some((alt) => alt.every((s) => stems.has(s)));

/** Scores the sentences of an agreement against the question and returns them best first. */
export function selectPassages(
  analyzer: Analyzer,
  agreement: { yearText: string; multiYearText: string },
  q: PassageQuery,
): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  let order = 0;
  // Any of the party's names counts ("Woonstichting Klokkenbeek", "Klokkenbeek").
  const partyForms = (Array.isArray(q.party) ? q.party : q.party ? [q.party] : []).map((f) => analyzer.stems(f)).filter((f) => f.length > 0);
  const meanWeight = q.weights.length ? q.weights.reduce((a, b) => a + b, 0) / q.weights.length : 1;
  for (const [field, text] of [
    ['year', agreement.yearText],
    ['multiYear', agreement.multiYearText],
  ] as const) {
    for (const { text: s, stems, instruction } of analysedSentences(analyzer, text)) {
      order++;
      if (instruction || seen.has(s)) continue;
      seen.add(s);
      let score = 0;
      q.terms.forEach((t, i) => {
        if (termHit(stems, t)) score += q.weights[i] ?? 0;
      });
      // Sentences without the question's words stay, last: one may hold the asked date or number.
      // Sentences with a figure state the agreement most concretely; a number question wants them first.
      if (/\d/.test(s.replace(/\b(19|20)\d{2}\b/g, ''))) score *= q.wantsNumber ? 1.4 : 1.15;
      if (q.year && s.includes(String(q.year))) score *= 1.15;
      // A sentence naming the party asked about says what that party does, even in other words.
      if (partyForms.some((f) => f.every((p) => stems.has(p)))) score = (score + meanWeight / 2) * 1.3;
      if (field === 'year') score *= 1.1;
      out.push({ text: s, score, field, order });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.order - b.order);
}
