import type { Analyzer, QueryTerm } from '../analysis/analyzer.js';
import { PARTICLES } from '../analysis/morphology.js';
import { normaliseText } from '../analysis/normalise.js';
import { QUESTION_FRAME, STOPWORDS } from '../analysis/stopwords.js';
import { buildVocabulary, correctWord, editDistance, type Vocabulary } from '../analysis/typos.js';
import { GENERAL_WORDS } from '../analysis/general-words.js';
import type { IndexSnapshot } from '../index/index-snapshot.js';
import { compoundsOpeningWith, compoundsWithOtherHead, knownHead, knownInPart, knownModifier, separableForms, splitByVocabulary, withoutParticle } from './word-forms.js';

export { compoundsOpeningWith, knownInPart } from './word-forms.js';

/** A query term with its statistics in the index. */
export interface WeightedTerm extends QueryTerm {
  /** Agreements holding the term (its most frequent alternative). */
  df: number;
  /** IDF × the term's own weight: what a match adds to the score. */
  weight: number;
  /** Its weight when measuring how much of the question an agreement covers. */
  coverageWeight: number;
  /** Weight per alternative: the word itself 1, its other forms, synonyms and parts a little less. */
  altWeights: number[];
  /** The word the user typed, when it was corrected ("verkop" → "verkoop"). */
  typed?: string;
  /** The word itself is in no text; only its parts are (a compound the texts write apart). */
  partsOnly?: boolean;
}

export interface PreparedQuery {
  terms: WeightedTerm[];
  /** Sum of the core terms' coverage weights. */
  coreTotal: number;
  /** Topic words of the question that no agreement holds, even after typo correction. */
  missing: string[];
  /** Topic words corrected for typos, as typed → as understood. */
  corrections: Array<{ typed: string; understood: string }>;
}

/** BM25's IDF: rare words weigh more; a word found nowhere gets the highest weight. */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/**
 * Verbs and answer-type words that carry no topic: a question may use them where no agreement does
 * ("hoeveel laadpalen komen er", "welk percentage"), so their absence is no reason to refuse.
 */
export const LIGHT_VERBS = new Set(
  'komen komt kwam kwamen krijgen krijgt kregen maken maakt gebeuren gebeurt zitten zit liggen ligt houden houdt geven geeft nemen neemt zetten zet blijven blijft regelen regelt gebruiken gebruikt percentage aantal hoeveelheid bedrag datum getal'.split(' '),
);

const FUNCTION_WORD_SET = new Set([...STOPWORDS, ...QUESTION_FRAME]);

/**
 * The adjective behind a comparative or superlative the texts do not use: "groener" → groen, "lagere" → laag, "sneller" →
 * snel, "groter" → groot, "slechtste" → slecht.
 */
function adjectiveBases(word: string): string[] {
  const m = /^(.{3,}?)(?:ere?|ste?)$/.exec(word);
  if (!m) return [];
  const base = m[1]!;
  const out = [base];
  if (/([bdfgklmnprst])\1$/.test(base)) out.push(base.slice(0, -1));
  if (/[^aeiou][aeiou][^aeiou]$/.test(base)) out.push(base.replace(/([aeiou])([^aeiou])$/, '$1$1$2'));
  if (base.endsWith('d') && /dere?$/.test(word)) out.push(base.slice(0, -1));
  return out;
}

/** Two question words typed as one ("hoevaak", "hoelang", "watvoor"): no topic word. */
function gluedFunctionWords(word: string): boolean {
  for (let i = 2; i <= word.length - 2; i++) if (FUNCTION_WORD_SET.has(word.slice(0, i)) && FUNCTION_WORD_SET.has(word.slice(i))) return true;
  return false;
}

const FUNCTION_WORDS = buildVocabulary([...FUNCTION_WORD_SET].filter((w) => w.length >= 3).map((w) => [w, 1] as [string, number]));

const synonymVocabularies = new WeakMap<Analyzer, ReturnType<typeof buildVocabulary>>();
/** The synonym list's words: a typo of one ("statushoudrs") is corrected even when the texts use another. */
function synonymVocabulary(analyzer: Analyzer) {
  let v = synonymVocabularies.get(analyzer);
  if (!v) synonymVocabularies.set(analyzer, (v = buildVocabulary(analyzer.synonymWords().map((w) => [w, 1] as [string, number]))));
  return v;
}

function alternativeDf(snapshot: IndexSnapshot, alt: string[]): number {
  let df = Infinity;
  for (const s of alt) df = Math.min(df, snapshot.df(s));
  return df === Infinity ? 0 : df;
}

/**
 * Document frequency of a term: that of the word itself when the index has it, else of its most
 * frequent alternative (a phrase counts as its rarest word). A common synonym ("voorrang") must not
 * make a rare word ("urgenten") weigh as little as itself.
 */
export function termDf(snapshot: IndexSnapshot, term: QueryTerm): number {
  const own = term.alternatives[0] ? alternativeDf(snapshot, term.alternatives[0]) : 0;
  let best = own;
  if (own === 0) for (const alt of term.alternatives) best = Math.max(best, alternativeDf(snapshot, alt));
  return Math.min(best, Math.max(snapshot.total, 1));
}

/**
 * "wanneer loopt de afspraak af?" → "aflopen", "wat levert X op?" → "opleveren": a clause-final particle
 * joins the verb before it when the joined word is known to the index or the synonym list.
 */
function joinSeparableVerb(topic: string, terms: QueryTerm[], analyzer: Analyzer, snapshot: IndexSnapshot): QueryTerm[] {
  const words = normaliseText(topic).match(/[a-z]+/g) ?? [];
  const particle = words[words.length - 1];
  if (!particle || !PARTICLES.has(particle)) return terms;
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (!t.core || t.word.includes(' ')) continue;
    const joined = analyzer.termFor(particle + t.word);
    if (joined.alternatives.some((alt) => alternativeDf(snapshot, alt) > 0) || joined.alternatives.length > 2) {
      return terms.map((x, k) => (k === i ? { ...joined, word: `${t.word} … ${particle}`, finalVerb: t.finalVerb } : x));
    }
  }
  return terms;
}

/** Turns the topic words into weighted terms: typos corrected, separable verbs joined, IDF from the index. */
export function prepareQuery(topic: string, analyzer: Analyzer, snapshot: IndexSnapshot, extra: QueryTerm[] = []): PreparedQuery {
  const total = Math.max(snapshot.total, 1);
  let base = joinSeparableVerb(topic, analyzer.queryTerms(topic), analyzer, snapshot);
  const missing: string[] = [];
  const corrections: PreparedQuery['corrections'] = [];
  const out: WeightedTerm[] = [];
  base = [...base, ...extra];
  for (let term of base) {
    let df = termDf(snapshot, term);
    let typed: string | undefined;
    if (df === 0 && term.core && /^[a-z]+$/.test(term.word)) {
      // A slip on a question word ("ovr", "sprken") is no topic; a slip on a topic word is corrected.
      const fn = correctWord(term.word, FUNCTION_WORDS, 1);
      // A long one ("afgesprooken") is as surely a slip of that question word.
      if ((fn && (term.word.length <= 7 || fn.word.length >= 9)) || gluedFunctionWords(term.word)) continue;
      // An everyday word the texts do not use ("straks", "pakt") frames the question; it is no missing topic.
      if (GENERAL_WORDS.has(term.word)) continue;
      // A slip in a plural ("jongerencontrakten") is found from the singular the texts use ("jongerencontract").
      const singular = /(?:en|s)$/.test(term.word) && term.word.length >= 8 ? term.word.replace(/(?:en|s)$/, '') : null;
      const fix =
        correctWord(term.word, snapshot.vocabulary()) ?? correctWord(term.word, synonymVocabulary(analyzer)) ?? (singular ? correctWord(singular, snapshot.vocabulary()) : null);
      const adjective = fix ? null : adjectiveBases(term.word).find((b) => termDf(snapshot, analyzer.termFor(b)) > 0);
      if (adjective) {
        term = { ...analyzer.termFor(adjective), word: term.word, weight: term.weight, core: term.core, finalVerb: term.finalVerb };
        df = termDf(snapshot, term);
      } else if (fix) {
        typed = term.word;
        corrections.push({ typed: term.word, understood: fix.word });
        term = { ...analyzer.termFor(fix.word), weight: term.weight, core: term.core, finalVerb: term.finalVerb };
        df = termDf(snapshot, term);
      }
    }
    // A compound the texts write apart ("ouderenwoningen" for "woningen voor ouderen"): both its parts, anywhere
    // in the agreement.
    // It still counts as unknown when deciding to refuse: its parts apart may mean something else.
    let splitUnknown = false;
    if (df === 0 && term.core && /^[a-z]{8,}$/.test(term.word)) {
      const parts = splitByVocabulary(term.word, snapshot);
      if (parts) {
        const alt = parts.map((p) => analyzer.termFor(p).alternatives[0]!).flat();
        term = { ...term, alternatives: [...term.alternatives, alt] };
        df = termDf(snapshot, term);
        splitUnknown = true;
      }
    }
    // A compound whose first part opens compounds of the texts and whose last part is a known word or synonym
    // ("galerijflats" beside "galerijwoningen"): those compounds, and no missing topic.
    if (df === 0 && term.core && /^[a-z]{9,}$/.test(term.word)) {
      const compounds = compoundsWithOtherHead(term.word, snapshot, analyzer);
      if (compounds.length) {
        term = { ...term, alternatives: [...term.alternatives, ...compounds.map((w) => analyzer.termFor(w).alternatives[0]!)] };
        df = termDf(snapshot, term);
        splitUnknown = false;
      }
    }
    // The participle of a separable verb ("opgepakt", "vrijgekomen"): the verb as the texts write it ("oppakken",
    // "vrijkomende").
    if (df === 0 && term.core && /^[a-z]{7,}$/.test(term.word)) {
      const forms = separableForms(term.word).filter((w) => snapshot.wordDf(w) > 0);
      if (forms.length) {
        term = { ...term, alternatives: [...term.alternatives, ...forms.map((w) => analyzer.termFor(w).alternatives[0]!)] };
        df = termDf(snapshot, term);
      }
    }
    // A separable verb the texts use without its particle or as a noun ("opsplitsen" → "woningsplitsing").
    if (df === 0 && term.core && /^[a-z]{8,}$/.test(term.word)) {
      const found = withoutParticle(term.word, snapshot.vocabulary(), (w) => snapshot.wordDf(w) > 0);
      if (found.length) {
        term = { ...term, alternatives: [...term.alternatives, ...found.map((w) => analyzer.termFor(w).alternatives[0]!)] };
        df = termDf(snapshot, term);
      }
    }
    // A compound about a known thing ("schimmelklacht", "verwarmingsketels"): its first part, when the texts hold it
    // (also when another text holds the compound itself: the municipality asked about may say "schimmel").
    if (term.core && /^[a-z]{9,}$/.test(term.word)) {
      const modifier = knownModifier(term.word, snapshot, analyzer);
      // The first part with its synonyms ("verwarming" → "cv-ketel").
      // (only for a compound the texts lack: one they hold keeps to what it says).
      const alts = modifier ? analyzer.termFor(modifier).alternatives.slice(0, df === 0 ? undefined : 1).filter((x) => !term.alternatives.some((a) => a.join(' ') === x.join(' '))) : [];
      if (alts.length) {
        term = { ...term, alternatives: [...term.alternatives, ...alts] };
        if (df === 0) {
          df = termDf(snapshot, term);
          // "…drones": a last part nobody knows is a topic of its own the texts lack.
          const head = term.word.slice(modifier!.length).replace(/^(?:s|en|e)(?=[a-z]{4})/, '');
          if (!knownHead(head, snapshot, analyzer)) splitUnknown = true;
        }
      }
    }
    // A verb the texts use as a noun ("aanpast" → "aanpassing", "verduurzaamt" → "verduurzaming").
    if (df === 0 && term.core && /^[a-z]{5,}t$/.test(term.word)) {
      const base = term.word.slice(0, -1);
      const noun = [`${base}ing`, `${base}${base.at(-1)}ing`, `${base.replace(/a{2}(?=[^aeiou]$)/, 'a')}ing`, `${base}en`].find((w) => snapshot.wordDf(w) > 0);
      if (noun) {
        term = { ...term, alternatives: [...term.alternatives, ...analyzer.termFor(noun).alternatives.slice(0, 1)] };
        df = termDf(snapshot, term);
      }
    }
    // A word the texts hold inside a compound ("afrekening" in "servicekostenafrekeningen") is no unknown topic.
    // A bare number the texts lack ("78" in "mijn moeder van 78") is a detail of the question, not its topic.
    if ((df === 0 || splitUnknown) && term.core && !term.finalVerb && !LIGHT_VERBS.has(term.word) && !/^\d+$/.test(term.word) && !knownInPart(term.word, snapshot.vocabulary())) missing.push(typed ?? term.word);
    // Alternatives no agreement holds cost time and add nothing.
    const alternatives = term.alternatives.filter((alt, i) => i === 0 || alternativeDf(snapshot, alt) > 0);
    const own = alternatives.length;
    if (term.core && !term.word.includes(' ')) {
      const seen = new Set(alternatives.map((a) => a.join(' ')));
      for (const w of compoundsOpeningWith(term.word, snapshot.vocabulary())) {
        const alt = analyzer.termFor(w).alternatives[0];
        if (alt && !seen.has(alt.join(' '))) {
          seen.add(alt.join(' '));
          alternatives.push(alt);
        }
      }
    }
    const weight = idf(df, total) * term.weight;
    out.push({
      ...term,
      alternatives,
      // A part or synonym far more common than the word itself ("ander" in "niet-meer-dan-anders") weighs as
      // its own rarity, not as the word's.
      altWeights: alternatives.map((alt, i) => (i === 0 ? 1 : (i < own ? 0.9 : 0.7) * Math.min(1, idf(alternativeDf(snapshot, alt), total) / Math.max(idf(df, total), 1e-9)))),
      df,
      weight,
      coverageWeight: df === 0 && term.finalVerb ? weight / 2 : weight,
      typed,
      partsOnly: splitUnknown || undefined,
    });
  }
  const coreTotal = out.reduce((s, t) => s + (t.core ? t.coverageWeight : 0), 0);
  return { terms: out, coreTotal, missing, corrections };
}

/** Whether two words are the same but for a slip (for tests and callers that compare names). */
export const nearlySame = (a: string, b: string) => editDistance(a, b, 1) <= 1;
