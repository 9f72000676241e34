import { stripMarkup } from './analysis/normalise.js';

/** A sentence of an agreement with its score for the question. */
export interface Passage {
  text: string;
  score: number;
  /** Where it came from: this year's text or the multi-year text. */
  field: 'year' | 'multiYear';
  /** Position in the agreement (this year's text first), to keep document order among equals. */
  order: number;
}

/** Text that addresses a language model rather than a reader: never passed on or quoted. */
const INSTRUCTION_LIKE =
  /\b(negeer|vergeet)\b.{0,40}\b(instructie|opdracht|regels)|\bignore\b.{0,40}\b(instruction|prompt)|\b(system ?prompt|systeemprompt)\b|\byou are (now )?(a|an|the)\b|\bje bent nu\b|\bals (ai|taalmodel|assistent)\b/i;

/** True when a sentence reads as an instruction to an AI model (a planted prompt injection). */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION_LIKE.test(text);
}

/**
 * Splits agreement text into fragments: sentences and bullet items, numbers ("2 á 3", "30%") intact.
 * Fragments of fewer than three words carry words for the index but are not quoted.
 */
export function splitFragments(text: string): string[] {
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
      if (s) out.push(s);
    }
  }
  return out;
}

/** Whether a fragment is a sentence worth quoting (three words or more). */
export const isQuotable = (fragment: string) => fragment.split(' ').length >= 3;

/** The quotable sentences of a text, in order; the index numbers them the same way. */
export function splitPassages(text: string): string[] {
  return splitFragments(text).filter(isQuotable);
}

/**
 * The quotable sentences of an agreement as the index numbers them: this year's text first, then the
 * multi-year text, a sentence repeated later left out.
 */
export function agreementSentences(a: { yearText: string; multiYearText: string }): Array<{ text: string; field: Passage['field'] }> {
  const out: Array<{ text: string; field: Passage['field'] }> = [];
  const seen = new Set<string>();
  for (const [field, text] of [
    ['year', a.yearText],
    ['multiYear', a.multiYearText],
  ] as const) {
    for (const s of splitPassages(text)) {
      if (seen.has(s)) continue;
      seen.add(s);
      out.push({ text: s, field });
    }
  }
  return out;
}
