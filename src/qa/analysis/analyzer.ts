import { splitCompound } from './compounds.js';
import { normaliseText, stripMarkup, tokenize } from './normalise.js';
import { stemWord } from './stem.js';
import { QUESTION_FRAME, STOPWORDS } from './stopwords.js';
import type { SynonymGroup } from './synonyms.js';

/** One alternative of a query term: all stems must occur (a phrase or a compound's parts). */
export type TermAlternative = string[];

/** A query term with its alternatives (the word, its synonyms, its compound parts). */
export interface QueryTerm {
  /** The word as the user typed it, normalised. */
  word: string;
  alternatives: TermAlternative[];
  /** Relative weight: 1 for a word, less for a compound's head part. */
  weight: number;
  /** Whether the term counts when deciding if an agreement covers the question. */
  core: boolean;
  /**
   * The clause-final main verb of a Dutch question with an auxiliary ("Welk label wil X *bereiken*?").
   * It carries less of the topic than the nouns, so a verb found in no agreement weighs less.
   */
  finalVerb?: boolean;
}

export interface Analyzer {
  /** Analysed text for the index: stems of content words and of their compound parts, space-separated. */
  indexText(text: string): string;
  /** Stems of the content words, in order (for passage scoring). */
  stems(text: string): string[];
  /** The question's terms with synonym and compound alternatives. */
  queryTerms(text: string): QueryTerm[];
}

interface Word {
  word: string;
  stem: string;
  parts: string[];
}

function words(text: string, keepStop = false): Word[] {
  const out: Word[] = [];
  for (const tok of tokenize(normaliseText(stripMarkup(text)))) {
    if (!keepStop && STOPWORDS.has(tok.word)) continue;
    if (tok.word.length < 2 && !/\d/.test(tok.word)) continue;
    const parts = tok.hyphenParts ?? splitCompound(tok.word);
    out.push({ word: tok.word, stem: stemWord(tok.word), parts: parts.filter((p) => !STOPWORDS.has(p)) });
  }
  return out;
}

/** Participle and inflection variants Snowball leaves apart ("verduurzaamd" → "verdurzam", "gebouwd" → "bouw"). */
function variants(stem: string): string[] {
  const out: string[] = [];
  if (stem.length >= 6 && /[dt]$/.test(stem)) out.push(stem.slice(0, -1));
  if (stem.length >= 7 && stem.startsWith('ge')) {
    const bare = stem.slice(2);
    out.push(bare, /[dt]$/.test(bare) ? bare.slice(0, -1) : bare);
  }
  return [...new Set(out)].filter((v) => v.length >= 3 && v !== stem);
}

/** Finite auxiliaries and modals that send the main verb to the end of a Dutch question. */
const AUXILIARIES = new Set('wil willen gaat gaan kan kunnen moet moeten zal zullen wordt worden mag mogen'.split(' '));

/**
 * Whether the question's last word is its main verb: an infinitive (-en) or participle (ge-…-d/t)
 * closing a question that has an auxiliary. "Wat is afgesproken over X?" ends in a noun, which is why
 * "is" and "zijn" do not count.
 */
export function endsInMainVerb(text: string): boolean {
  const toks = tokenize(normaliseText(stripMarkup(text))).map((t) => t.word);
  const last = toks[toks.length - 1];
  if (!last || !toks.slice(0, -1).some((w) => AUXILIARIES.has(w))) return false;
  return /^[a-z]{3,}en$/.test(last) || /^ge[a-z]{3,}[dt]$/.test(last);
}

/** Builds the analyser with the given synonym groups (built-in plus the user's file). */
export function createAnalyzer(synonyms: SynonymGroup[] = []): Analyzer {
  // Each synonym term as a stem sequence; the key maps to every alternative in its groups.
  const synonymMap = new Map<string, TermAlternative[]>();
  let longest = 1;
  for (const group of synonyms) {
    const alts = group.map((term) => words(term).map((w) => w.stem)).filter((a) => a.length > 0);
    for (const alt of alts) {
      const key = alt.join(' ');
      longest = Math.max(longest, alt.length);
      const list = synonymMap.get(key) ?? [];
      for (const a of alts) if (!list.some((l) => l.join(' ') === a.join(' '))) list.push(a);
      synonymMap.set(key, list);
    }
  }

  return {
    indexText(text) {
      const out: string[] = [];
      for (const w of words(text)) {
        out.push(w.stem);
        for (const p of w.parts) out.push(stemWord(p));
      }
      return out.join(' ');
    },

    stems(text) {
      return words(text).flatMap((w) => [w.stem, ...w.parts.map(stemWord)]);
    },

    queryTerms(text) {
      const ws = words(text).filter((w) => !QUESTION_FRAME.has(w.word));
      const terms: QueryTerm[] = [];
      for (let i = 0; i < ws.length; ) {
        // Longest synonym phrase starting here.
        let matched = 0;
        let alts: TermAlternative[] | undefined;
        for (let n = Math.min(longest, ws.length - i); n >= 1; n--) {
          const key = ws
            .slice(i, i + n)
            .map((w) => w.stem)
            .join(' ');
          const hit = synonymMap.get(key);
          if (hit) {
            matched = n;
            alts = hit;
            break;
          }
        }
        const w = ws[i]!;
        const seen = new Set<string>();
        const alternatives: TermAlternative[] = [];
        const add = (a: TermAlternative) => {
          const k = a.join(' ');
          if (a.length && !seen.has(k)) {
            seen.add(k);
            alternatives.push(a);
          }
        };
        if (matched > 1) {
          for (const a of alts!) add(a);
          terms.push({ word: ws.slice(i, i + matched).map((x) => x.word).join(' '), alternatives, weight: 1, core: true });
          i += matched;
          continue;
        }
        add([w.stem]);
        for (const v of variants(w.stem)) add([v]);
        for (const a of alts ?? []) add(a);
        if (w.parts.length > 1) add(w.parts.map(stemWord));
        terms.push({ word: w.word, alternatives, weight: 1, core: true });
        // The last part of a Dutch compound carries its meaning ("huurwoningen" → "woningen").
        const head = w.parts[w.parts.length - 1];
        if (w.parts.length > 1 && head) {
          const headStem = stemWord(head);
          const headAlts: TermAlternative[] = [[headStem], ...(synonymMap.get(headStem) ?? [])];
          terms.push({ word: head, alternatives: headAlts, weight: 0.4, core: false });
        }
        i += 1;
      }
      const last = terms.findLast((t) => t.core);
      if (last && endsInMainVerb(text) && ws[ws.length - 1]?.word === last.word) last.finalVerb = true;
      return terms;
    },
  };
}
