import { splitCompound } from './compounds.js';
import { verbForms } from './morphology.js';
import { normaliseText, stripMarkup, tokenize } from './normalise.js';
import { stemWord } from './stem.js';
import { QUESTION_FRAME, STOPWORDS } from './stopwords.js';
import type { SynonymGroup } from './synonyms.js';

/** One alternative of a query term: all stems must occur (a phrase or a compound's parts). */
export type TermAlternative = string[];

/** A query term with its alternatives (the word, its verb forms, synonyms, compound parts). */
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

/** A content word with its analyses, as indexed. */
export interface AnalysedWord {
  word: string;
  stem: string;
  /** Further stems the word is indexed under: its verb forms and compound parts. */
  extra: string[];
  /** Stems of the compound parts (empty when not a compound). */
  parts: string[];
}

export interface Analyzer {
  /** Analysed text for the index: stems of content words and of their forms and parts, space-separated. */
  indexText(text: string): string;
  /** Content words of a text with their stems, in order. */
  words(text: string): AnalysedWord[];
  /** Stems of the content words, with their forms and parts (for passage scoring). */
  stems(text: string): string[];
  /** The question's terms with synonym, verb-form and compound alternatives. */
  queryTerms(text: string): QueryTerm[];
  /** The alternatives for one (corrected or combined) word, as `queryTerms` would give them. */
  termFor(word: string): QueryTerm;
  /** Single words of the synonym groups (normalised), a vocabulary of their own for typo correction. */
  synonymWords(): string[];
  /** Whether the word is a single word of a synonym group (normalised). */
  isSynonymWord(word: string): boolean;
}

const wordCache = new Map<string, AnalysedWord>();
const WORD_CACHE_LIMIT = 60_000;

/** Analyses one normalised word; cached, since a corpus has far fewer distinct words than tokens. */
function analyseWord(word: string, hyphenParts?: string[]): AnalysedWord {
  const key = hyphenParts ? `${word}|${hyphenParts.join('-')}` : word;
  const hit = wordCache.get(key);
  if (hit) return hit;
  const stem = stemWord(word);
  const rawParts = (hyphenParts ?? splitCompound(word)).filter((p) => !STOPWORDS.has(p) && p.length > 1);
  const parts = rawParts.length > 1 ? rawParts.map(stemWord) : [];
  const extra = new Set<string>();
  for (const f of verbForms(word)) extra.add(stemWord(f));
  for (const p of parts) extra.add(p);
  // "na-geïsoleerd", "D-label": each written part is a word of its own, whatever is left of the rest.
  if (hyphenParts) for (const p of rawParts) for (const f of [p, ...verbForms(p)]) extra.add(stemWord(f));
  // The compound's head may itself be a participle ("huurverhoging" no, "bijgesteld" yes via verbForms).
  const last = rawParts[rawParts.length - 1];
  if (parts.length && last) for (const f of verbForms(last)) extra.add(stemWord(f));
  // Plurals that voice their last consonant: "huizen" is "huis", "brieven" is "brief" (also as a compound's head).
  for (const base of [stem, parts[parts.length - 1]]) {
    const voiceless = base?.replace(/z$/, 's').replace(/v$/, 'f');
    if (base && voiceless !== base) extra.add(voiceless!);
  }
  extra.delete(stem);
  const analysed: AnalysedWord = { word, stem, extra: [...extra], parts };
  if (wordCache.size > WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(key, analysed);
  return analysed;
}

interface Token {
  word: string;
  hyphenParts?: string[];
  stop: boolean;
  frame: boolean;
  analysed: AnalysedWord | null;
}

/** Stems of the long question-frame words: a slip in one ("afgesprooken") frames the question as well. */
let frameStems: Set<string> | null = null;
function isFrame(word: string): boolean {
  if (QUESTION_FRAME.has(word)) return true;
  if (word.length < 8) return false;
  frameStems ??= new Set([...QUESTION_FRAME].filter((w) => w.length >= 8).map(stemWord));
  return frameStems.has(stemWord(word));
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const tok of tokenize(normaliseText(stripMarkup(text)))) {
    const stop = STOPWORDS.has(tok.word);
    const tooShort = tok.word.length < 2 && !/\d/.test(tok.word);
    out.push({ word: tok.word, hyphenParts: tok.hyphenParts, stop: stop || tooShort, frame: isFrame(tok.word), analysed: stop || tooShort ? null : analyseWord(tok.word, tok.hyphenParts) });
  }
  return out;
}

function contentWords(text: string): AnalysedWord[] {
  const out: AnalysedWord[] = [];
  for (const t of tokens(text)) if (t.analysed) out.push(t.analysed);
  return out;
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

/** The key of a word sequence in the synonym map: every word's stem, question words included. */
const phraseKey = (words: string[]) => words.map(stemWord).join(' ');

/** Builds the analyser with the given synonym groups (built-in plus the user's file). */
export function createAnalyzer(synonyms: SynonymGroup[] = []): Analyzer {
  // Each synonym term as a stem sequence; the key maps to every alternative in its groups. Alternatives
  // that contain question words ("hoe lang") only serve to recognise a question; they match no text.
  const synonymMap = new Map<string, TermAlternative[]>();
  let longest = 1;
  const singleWords = new Set<string>();
  for (const group of synonyms) {
    const terms = group.map((term) => tokenize(normaliseText(term)).map((t) => t.word)).filter((ws) => ws.length > 0);
    const alts = terms
      .filter((ws) => ws.every((w) => !STOPWORDS.has(w) && !QUESTION_FRAME.has(w)))
      .map((ws) => ws.map((w) => analyseWord(w).stem));
    for (const ws of terms) {
      if (ws.length === 1 && !STOPWORDS.has(ws[0]!)) singleWords.add(ws[0]!);
      const key = phraseKey(ws);
      longest = Math.max(longest, ws.length);
      const list = synonymMap.get(key) ?? [];
      for (const a of alts) if (!list.some((l) => l.join(' ') === a.join(' '))) list.push(a);
      synonymMap.set(key, list);
    }
  }

  const recentQueries = new Map<string, QueryTerm[]>();

  function termFor(word: string, hyphenParts?: string[]): QueryTerm {
    const w = analyseWord(word, hyphenParts);
    const seen = new Set<string>();
    const alternatives: TermAlternative[] = [];
    const add = (a: TermAlternative) => {
      const k = a.join(' ');
      if (a.length && !seen.has(k)) {
        seen.add(k);
        alternatives.push(a);
      }
    };
    add([w.stem]);
    // A compound's head in another form ("huiz" → "huis") is a head, not the whole word: its synonyms go
    // with the other parts ("huurhuizen" → huur + woning), never alone.
    const head = w.parts.length > 1 ? w.parts[w.parts.length - 1]! : null;
    const heads = head ? new Set([head, head.replace(/z$/, 's').replace(/v$/, 'f')]) : new Set<string>();
    const own = (e: string) => !w.parts.includes(e) && !heads.has(e);
    for (const e of w.extra) if (own(e)) add([e]);
    for (const key of [w.stem, ...w.extra.filter(own)]) for (const a of synonymMap.get(key) ?? []) add(a);
    if (w.parts.length > 1) {
      add(w.parts);
      const modifiers = w.parts.slice(0, -1);
      for (const h of heads) {
        add([...modifiers, h]);
        for (const a of synonymMap.get(h) ?? []) if (a.length === 1) add([...modifiers, ...a]);
      }
    }
    return { word, alternatives, weight: 1, core: true };
  }

  return {
    indexText(text) {
      const out: string[] = [];
      for (const w of contentWords(text)) out.push(w.stem, ...w.extra);
      return out.join(' ');
    },

    words: contentWords,

    stems(text) {
      return contentWords(text).flatMap((w) => [w.stem, ...w.extra]);
    },

    termFor: (word) => termFor(word),

    synonymWords: () => [...singleWords],

    isSynonymWord: (word) => singleWords.has(word),

    queryTerms(text) {
      // A question's topic is analysed more than once on its way (intent, then retrieval).
      const hit = recentQueries.get(text);
      if (hit) return hit.map((t) => ({ ...t }));
      const terms = queryTermsOf(text);
      if (recentQueries.size > 8) recentQueries.delete(recentQueries.keys().next().value!);
      recentQueries.set(text, terms);
      return terms.map((t) => ({ ...t }));
    },
  };

  function queryTermsOf(text: string): QueryTerm[] {
    const toks = tokens(text);
    const terms: QueryTerm[] = [];
    for (let i = 0; i < toks.length; ) {
      // The longest synonym phrase starting here, question words included ("hoe lang").
      let matched = 0;
      for (let n = Math.min(longest, toks.length - i); n >= 2; n--) {
        const slice = toks.slice(i, i + n);
        const alts = synonymMap.get(phraseKey(slice.map((t) => t.word)));
        if (alts?.length) {
          terms.push({ word: slice.map((t) => t.word).join(' '), alternatives: alts, weight: 1, core: true });
          matched = n;
          break;
        }
      }
      // A two-word phrase with only small words between ("een kamer aan iemand anders verhuren").
      for (let gap = 1; !matched && gap <= 3 && i + gap + 1 < toks.length && toks[i + gap]!.stop; gap++) {
        const pair = [toks[i]!, toks[i + gap + 1]!];
        if (pair.some((t) => t.stop)) continue;
        const alts = synonymMap.get(phraseKey(pair.map((t) => t.word)));
        if (alts?.length) {
          terms.push({ word: pair.map((t) => t.word).join(' '), alternatives: alts, weight: 1, core: true });
          matched = gap + 2;
        }
      }
      if (matched) {
        i += matched;
        continue;
      }
      const t = toks[i]!;
      i++;
      if (!t.analysed || t.frame) continue;
      terms.push(termFor(t.word, t.hyphenParts));
      // The last part of a Dutch compound carries its meaning ("huurwoningen" → "woningen").
      const head = t.analysed.parts[t.analysed.parts.length - 1];
      if (t.analysed.parts.length > 1 && head) {
        const headAlts: TermAlternative[] = [[head], ...(synonymMap.get(head) ?? [])];
        terms.push({ word: head, alternatives: headAlts, weight: 0.4, core: false });
      }
    }
    const last = terms.findLast((x) => x.core);
    const lastWord = toks.filter((x) => x.analysed && !x.frame).at(-1)?.word;
    if (last && endsInMainVerb(text) && lastWord === last.word) last.finalVerb = true;
    return terms;
  }
}
