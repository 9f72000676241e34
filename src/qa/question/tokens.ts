import { normaliseText } from '../analysis/normalise.js';

/** A word of the question as typed, with its normalised form (lower case, no accents or punctuation). */
export interface QToken {
  raw: string;
  norm: string;
  /** Starts with a capital letter as typed. */
  capital: boolean;
  /** Index of the first character in the question. */
  at: number;
  /** Opens a new sentence ("… label F. Gaat …"): its capital says nothing. */
  sentenceStart?: boolean;
}

/** The question's words; "'s-Hertogenbosch" gives "s" and "hertogenbosch", "D-label" gives "d" and "label". */
export function questionTokens(question: string): QToken[] {
  const out: QToken[] = [];
  for (const m of question.matchAll(/[\p{L}\p{N}]+/gu)) {
    // Plain ASCII words need only lower-casing; others lose their accents first.
    const norm = /^[A-Za-z0-9]+$/.test(m[0]) ? m[0].toLowerCase() : normaliseText(m[0]).replace(/[^a-z0-9]/g, '');
    const previous = out[out.length - 1];
    const sentenceStart = !!previous && /[.!?]\s+$/.test(question.slice(previous.at + previous.raw.length, m.index));
    if (norm) out.push({ raw: m[0], norm, capital: /^\p{Lu}/u.test(m[0]), at: m.index, ...(sentenceStart ? { sentenceStart } : {}) });
  }
  return out;
}

/** A name as the sequence of normalised words it is typed with. */
export const nameWords = (name: string) =>
  normaliseText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

export interface NameMatch<T> {
  value: T;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/**
 * Finds known names (of one or more words) in a token sequence, longest first, without overlap.
 * Built once per set of names; a lookup is a map probe per token, whatever the number of names.
 */
export class NameMatcher<T> {
  private byFirst = new Map<string, Array<{ words: string[]; value: T; needsCapital: boolean }>>();

  add(name: string, value: T, opts: { needsCapital?: boolean } = {}): void {
    const words = nameWords(name);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return;
    list.push({ words, value, needsCapital: !!opts.needsCapital });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  match(tokens: QToken[], accept: (m: NameMatch<T>, tokens: QToken[]) => boolean = () => true): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      let found: NameMatch<T> | null = null;
      for (const e of this.byFirst.get(tokens[i]!.norm) ?? []) {
        if (i + e.words.length > tokens.length) continue;
        if (!e.words.every((w, k) => tokens[i + k]!.norm === w)) continue;
        if (e.needsCapital && !tokens[i]!.capital && tokens[i - 1]?.norm !== 'gemeente') continue;
        const m = { value: e.value, from: i, to: i + e.words.length };
        if (!accept(m, tokens)) continue;
        found = m;
        break;
      }
      if (found) {
        out.push(found);
        i = found.to;
      } else i++;
    }
    return out;
  }
}
