import type { Analyzer } from './analysis/analyzer.js';
import { normaliseText } from './analysis/normalise.js';
import { labelOf, type AnswerHit } from './answer.js';
import { composeField } from './compose/compose-agreement.js';
import { composeNotFound, composeTopicAnswer, type Wanted } from './compose/compose-topic.js';
import { composePartyList, composeYearList, partyAgreements, yearAgreements } from './compose/party-agreements.js';
import { findTableCell } from './compose/table-cell.js';
import { resolveFollowUp, type QaContext } from './filters.js';
import type { IndexSnapshot } from './index/index-snapshot.js';
import type { IndexedAgreement } from './index/segment.js';
import { analyseQuestion } from './question/analyse-question.js';
import type { Catalog } from './question/catalog.js';
import type { PartyInfo } from './question/parties.js';
import { LIGHT_VERBS, type PreparedQuery } from './retrieval/prepare-query.js';
import { retrieve } from './retrieval/retrieve.js';
import { SEPARABLE_PARTICIPLE } from './retrieval/word-forms.js';
import { QA_TEXTS, type Lang } from './texts.js';

/** What kind of answer a question got. */
export type AnswerKind = 'answer' | 'closest' | 'list' | 'agreement' | 'field' | 'table' | 'clarify' | 'refusal';
/** Why a question was refused. */
export type RefusalKind = 'absent-municipality' | 'unknown-party' | 'not-found' | 'unknown-agreement' | 'no-data';

export interface Outcome {
  kind: AnswerKind;
  refusal?: RefusalKind;
  lang: Lang;
  answer: string;
  /** The agreements the answer cites, in order. */
  cited: IndexedAgreement[];
  /** Ranked results (for `search` and evaluation), best first. */
  ranked: AnswerHit[];
  /** For a topic answer: the hits a model may phrase the answer from. */
  modelHits?: AnswerHit[];
  context: QaContext;
}

export interface AnswerEnv {
  snapshot: IndexSnapshot;
  catalog: Catalog;
  analyzer: Analyzer;
  limit: number;
  vectorOrder?: (ids: string[]) => Promise<string[] | null>;
}

/**
 * Minimum share of the question's (IDF-weighted) topic words the best agreement must contain to be
 * called an answer; below it the answer says these are only the closest agreements.
 */
export const RELEVANCE_THRESHOLD = 0.5;

const asHit = (a: IndexedAgreement): AnswerHit => ({ a, score: 1, coverage: 1, passages: [] });

/** A question's opening verb ("Stopt", "Mogen") or a past participle ("gevraagd", "geregeld"): it asks, it names no topic. */
function questionVerb(question: string, word: string): boolean {
  const first = normaliseText(question).match(/[a-z]+/)?.[0];
  if (first === word && /(?:t|en|d)$/.test(word)) return true;
  // "gevraagd", and a separable verb's "opgepakt", "vrijgekomen".
  return /^ge[a-z]{3,}[dt]$/.test(word) || SEPARABLE_PARTICIPLE.test(word);
}

/** "A3" or "B.3" for a typed "3": the number within a part of the document. */
const partNumber = (stored: string, typed: string) => stored.length > typed.length && stored.toLowerCase().endsWith(typed.toLowerCase()) && /^[A-Z]{1,2}\.?$/.test(stored.slice(0, stored.length - typed.length));

/** The chapter a question names by its title ("uit het hoofdstuk betaalbaarheid", "van thema Duurzaamheid"), normalised. */
/** The words that may name a chapter: after "hoofdstuk"/"thema", or after "onder"/"uit"/"bij" ("de derde afspraak onder Betaalbaarheid"). */
function chapterNamed(question: string): string[] {
  return [...question.matchAll(/\b(?:hoofdstuk|thema|paragraaf|onder|uit|bij|over)\s+(?:het\s+)?(?:(?:hoofdstuk|thema)\s+)?(?:over\s+)?([\p{L}][\p{L}-]{3,30})/giu)].map((m) => normaliseText(m[1]!));
}

/** Below this share of the question's topic weight found in the index, a question with unknown words is refused. */
export const FOUND_SHARE = 0.45;
/** A word in more than this share of the agreements is common. */
const COMMON_SHARE = 0.05;

/** The IDF-weighted share of the question's topic words that some agreement holds; a word found nowhere weighs most. */
function foundShare(query: PreparedQuery, total: number, topical: readonly string[]): number {
  let found = 0;
  let all = 0;
  for (const term of query.terms) {
    if (!term.core || term.finalVerb || LIGHT_VERBS.has(term.word)) continue;
    if (term.df === 0 && !topical.includes(term.typed ?? term.word)) continue;
    // The weight already holds the IDF; a word found nowhere has the highest one. A word most agreements hold
    // ("huurders", "partijen") finds nothing in particular.
    const w = term.weight;
    all += w;
    if (term.df > 0 && !term.partsOnly && term.df <= Math.max(3, total * COMMON_SHARE)) found += w;
  }
  return all > 0 ? found / all : 0;
}

function wantedOf(question: string, wantsNumber: boolean): Wanted {
  const t = normaliseText(question);
  if (wantsNumber) return 'number';
  if (/\b(wie|welke partij|who)\b/.test(t)) return 'who';
  if (/\b(wanneer|welk jaar|per wanneer|datum|hoe lang|looptijd|periode|tot wanneer|when|how long)\b/.test(t)) return 'when';
  return null;
}

/** The topic as the user put it, for "Ik vond geen afspraak over …". */
function topicOf(question: string, fallback: string): string {
  const about = /\b(?:over|about|regarding|omtrent|betreffende)\s+(.+?)[?.!]*$/i.exec(question.trim());
  return about?.[1]?.trim() || fallback;
}

/** Answers one question from the index: refusals, a referenced agreement, a party's list, or a topic search. */
export async function answerQuestion(question: string, ctx: QaContext | null, env: AnswerEnv): Promise<Outcome> {
  const { snapshot, catalog, analyzer } = env;
  const q = analyseQuestion(question, catalog, analyzer);
  const r = resolveFollowUp(q, ctx, catalog);
  const t = QA_TEXTS[q.lang];
  const context: QaContext = {
    question,
    query: r.partyList || q.reference ? '' : r.topic,
    filters: { municipalities: r.municipalities, year: r.year, party: r.party?.name ?? null, theme: r.theme },
  };
  const done = (o: Omit<Outcome, 'context' | 'lang'>): Outcome => ({ ...o, lang: q.lang, context });
  const refuse = (refusal: RefusalKind, answer: string) => done({ kind: 'refusal', refusal, answer, cited: [], ranked: [] });

  if (snapshot.total === 0) return refuse('no-data', t.noData);
  if (q.absentMunicipalities.length && !r.municipalities.length) return refuse('absent-municipality', t.absentMunicipality(q.absentMunicipalities, catalog.stored));
  let scope = r.municipalities;
  if (!scope.length && r.party && !r.party.role) scope = catalog.stored.filter((m) => r.party!.municipalities.has(m));
  if (q.unknownParty) return refuse('unknown-party', t.unknownParty(q.unknownParty, catalog.parties.namesIn(scope)));
  const note = q.absentMunicipalities.length ? `${t.alsoAbsent(q.absentMunicipalities)}\n\n` : '';
  /** One referenced agreement, whole or the field asked for. */
  const answerAgreement = (a: IndexedAgreement) => {
    const field = q.field ?? 'text';
    context.filters.municipalities = [a.municipality];
    return done({ kind: field === 'text' ? 'agreement' : 'field', answer: note + composeField(withShortForms(a, catalog), field, q.lang), cited: [a], ranked: [asHit(a)] });
  };
  /** The party's agreements, listed; one agreement is shown whole under the list's heading. */
  const listParty = (party: PartyInfo, list = partyAgreements(snapshot, party, scope, r.year)) => {
    const heading = composePartyList(party, list, scope, r.year, q.lang);
    const answer = list.length === 1 ? `${heading.split('\n')[0]}\n\n${composeField(withShortForms(list[0]!, catalog), 'text', q.lang)}` : heading;
    return done({ kind: 'list', answer: note + answer, cited: list.slice(0, 40), ranked: list.map(asHit) });
  };

  if (q.reference) {
    const where = scope.length ? scope : ctx?.filters.municipalities.length === 1 ? ctx.filters.municipalities : catalog.stored;
    const found = where.map((m) => snapshot.find(m, q.reference!.number)).filter((x) => x !== null);
    if (found.length === 1) return answerAgreement(yearTwin(snapshot, found[0]!.a, r.year) ?? found[0]!.a);
    // "afspraak 3" in a document numbered per part (A3, B3): that one, or a question back.
    // "afspraak 3 uit het hoofdstuk betaalbaarheid": the third of that chapter, numbered per chapter ("2.3").
    for (const chapter of found.length === 0 && /^\d{1,3}$/.test(q.reference.number) ? chapterNamed(question) : []) {
      const chapterOf = where.flatMap((m) => snapshot.agreementsOf(m).filter((x) => !!x.a.chapterTitle && normaliseText(x.a.chapterTitle).includes(chapter)));
      const inChapter = chapterOf.filter((x) => x.a.number.endsWith(`.${q.reference!.number}`));
      if (inChapter.length === 1) return answerAgreement(inChapter[0]!.a);
      // Otherwise by its place in the chapter ("de derde afspraak onder Betaalbaarheid"), in one municipality's text.
      const nth = chapterOf[Number(q.reference.number) - 1];
      if (nth && new Set(chapterOf.map((x) => x.a.municipality)).size === 1) return answerAgreement(nth.a);
    }
    if (found.length === 0 && q.reference.explicit) {
      const inParts = where.flatMap((m) => snapshot.agreementsOf(m).filter((x) => partNumber(x.a.number, q.reference!.number)));
      if (inParts.length === 1) return answerAgreement(inParts[0]!.a);
      if (inParts.length > 1 && new Set(inParts.map((x) => x.a.municipality)).size === 1) {
        return done({ kind: 'clarify', answer: t.partNumbers(q.reference.number, inParts[0]!.a.municipality, inParts.map((x) => x.a.number)), cited: [], ranked: inParts.map((x) => asHit(x.a)) });
      }
    }
    if (found.length > 1 && q.reference.explicit) {
      return done({ kind: 'clarify', answer: t.ambiguousAgreement(q.reference.number, found.map((f) => f.a.municipality)), cited: [], ranked: [] });
    }
    if (found.length === 0 && q.reference.explicit && scope.length === 1) {
      const numbers = snapshot.agreementsOf(scope[0]!).map((x) => x.a.number);
      return refuse('unknown-agreement', t.unknownAgreement(q.reference.number, scope[0]!, numbers[0] ?? null, numbers.at(-1) ?? null));
    }
  }

  if (r.partyList && r.party) return listParty(r.party);

  const themes = [...new Set(catalog.themes.filter((x) => !scope.length || scope.some((m) => x.municipalities.has(m))).map((x) => x.title))];
  if (!r.hasTopic && !r.theme) return refuse('not-found', composeNotFound('', themes, q.lang));
  const retrieved = await retrieve({
    snapshot,
    analyzer,
    topic: r.hasTopic ? r.topic : r.theme ?? '',
    narrow: r.narrow,
    municipalities: scope,
    year: r.year,
    party: r.party,
    theme: r.theme,
    wantsNumber: q.wantsNumber,
    limit: Math.max(env.limit, 5),
    // Several municipalities asked or none: the best of each near the top ("… in Almelo en in Maastricht?").
    diversify: scope.length > 1 ? 'named' : !scope.length && !(r.party && !r.party.role) && catalog.stored.length > 1 ? 'near-top' : 'off',
    vectorOrder: env.vectorOrder,
  });
  const hits = retrieved.hits;
  const top = hits[0];
  const topicWords = retrieved.query.terms.filter((x) => x.core).map((x) => x.typed ?? x.word).join(' ');
  // Words no agreement holds: refuse when they carry the question ("hond of kat" beside "huurders"); when the
  // words that were found say enough of it ("afrekening" missing beside "servicekosten"), give the closest.
  // A verb that opens a yes/no question ("Stopt Casade …?") or a past participle ("… gevraagd?") asks, it is no topic.
  const topical = retrieved.query.missing.filter((w) => !questionVerb(question, w));
  const missing = topical.length > 0;
  // A follow-up that narrows the previous topic ("Geldt dat ook voor de duurdere woningen?") is about that topic
  // even when its own words are in no agreement: the closest agreements answer it.
  const nothing = !top || top.coverage === 0 || (missing && !r.carried && foundShare(retrieved.query, snapshot.total, topical) < FOUND_SHARE);
  // "Wat moet Wonen Limburg doen volgens de monitor?": when the words find nothing, the party's agreements do.
  if (nothing && r.party && !r.party.role) {
    const list = partyAgreements(snapshot, r.party, scope, r.year);
    if (list.length) return listParty(r.party, list);
  }
  // "Wat gebeurt er in 2027 in Heemstede?": no topic but a place and a year — that year's agreements there.
  if (nothing && scope.length === 1 && r.year && topical.every((w) => LIGHT_VERBS.has(w) || questionVerb(question, w))) {
    const list = yearAgreements(snapshot, scope[0]!, r.year);
    if (list.length) return done({ kind: 'list', answer: note + composeYearList(list, scope[0]!, r.year, q.lang), cited: list.slice(0, 40), ranked: list.map(asHit) });
  }
  if (nothing) {
    const unknownWords = retrieved.query.missing.join(q.lang === 'en' ? ' or ' : ' of ');
    return refuse('not-found', composeNotFound(topicOf(question, unknownWords || topicWords), themes, q.lang));
  }
  const corrections = retrieved.query.corrections.length
    ? `\n\n${t.corrected(retrieved.query.corrections.map((c) => `${c.typed} → ${c.understood}`).join(', '))}`
    : '';

  if (q.wantsNumber || r.year) {
    // Tables of the agreements that answer the question; a cell elsewhere is not about it.
    const relevant = hits.slice(0, 3).filter((h) => h.coverage >= RELEVANCE_THRESHOLD && h.score >= top.score * 0.5);
    const cellQuery = { analyzer, terms: retrieved.query.terms, party: r.party, year: r.year, question };
    // A table the text ranks low (a production table after the last paragraph) answers when its row and
    // column name the party and year asked and a topic word of the question.
    const cell =
      findTableCell(relevant.map((h) => h.a), cellQuery) ??
      (r.party && r.year ? findTableCell(hits.map((h) => h.a), { ...cellQuery, requireTopic: true }) : null);
    if (cell) {
      const answer = t.tableCell(cell.row, cell.column, cell.value, labelOf(cell.agreement), cell.agreement.title);
      const ranked = [hits.find((h) => h.a === cell.agreement)!, ...hits.filter((h) => h.a !== cell.agreement)];
      return done({ kind: 'table', answer: note + answer, cited: [cell.agreement], ranked });
    }
  }

  if (q.field && !q.reference && top.coverage >= RELEVANCE_THRESHOLD) {
    const lead = top.passages[0]?.text;
    const answer = `${composeField(withShortForms(top.a, catalog), q.field, q.lang)}${lead ? `\n\n${lead} ${t.source(labelOf(top.a), top.a.title)}` : ''}`;
    return done({ kind: 'field', answer: note + answer, cited: [top.a], ranked: hits });
  }

  const wanted = wantedOf(question, q.wantsNumber);
  const partyForms = catalog.parties.parties.filter((p) => !p.role).flatMap((p) => p.forms);
  const askedParty = r.party && !r.party.role ? r.party.forms : undefined;
  if (top.coverage >= RELEVANCE_THRESHOLD && !missing) {
    const bestSentence = top.passages[0]?.score ?? 0;
    // A question naming several municipalities ("… in Papendrecht vergeleken met Tholen?") gets the best of each,
    // though the other's text may share fewer of the question's words.
    const bestOfNamed = (h: AnswerHit, i: number) =>
      scope.length > 1 && h.coverage >= RELEVANCE_THRESHOLD / 2 && hits.findIndex((x) => x.a.municipality === h.a.municipality) === i;
    const chosen = hits.filter(
      (h, i) =>
        i === 0 ||
        (i < 3 && h.score >= top.score * 0.5 && h.coverage >= RELEVANCE_THRESHOLD && (h.passages[0]?.score ?? 0) >= bestSentence * 0.5) ||
        bestOfNamed(h, i),
    );
    const answer = composeTopicAnswer(chosen, { lang: q.lang, wanted, partyForms, askedParty });
    return done({ kind: 'answer', answer: note + answer + corrections, cited: chosen.map((h) => h.a), ranked: hits, modelHits: chosen });
  }
  const closest = hits.slice(0, 3).filter((h, i) => i === 0 || h.score >= top.score * 0.5);
  const answer = composeTopicAnswer(closest, { lang: q.lang, wanted, partyForms, askedParty, closestTopic: topicOf(question, topicWords) });
  return done({ kind: 'closest', answer: note + answer + corrections, cited: closest.map((h) => h.a), ranked: hits });
}

/** "Huurdersplatform Zwijndrecht-Heerjansdam (HZH)": a responsible party with the abbreviation its document uses. */
function withShortForms(a: IndexedAgreement, catalog: Catalog): IndexedAgreement {
  const responsible = a.responsible.map((name) => {
    if (/\(/.test(name)) return name;
    const party = catalog.parties.byName(name);
    const words = new Set(name.toLowerCase().split(/[\s-]+/));
    // The parties' forms are normalised to lower case; an abbreviation is a short form that is none of the name's words.
    const short = party && !party.role ? party.forms.find((f) => /^[a-z][a-z\d]{1,5}$/.test(f) && !words.has(f) && /\d|^[^aeiou]+$|^[a-z]{2,3}$/.test(f)) : undefined;
    return short ? `${name} (${short.toUpperCase()})` : name;
  });
  return responsible.some((r, i) => r !== a.responsible[i]) ? { ...a, responsible } : a;
}

/**
 * "Wat is er voor 2026 afgesproken bij 4.2?": a year part that repeats the multi-year numbers stores its 4.2 as "4.2b";
 * with a year asked that the repeat names, and the first does not, the repeat answers.
 */
function yearTwin(snapshot: IndexSnapshot, a: IndexedAgreement, year: number | null): IndexedAgreement | null {
  if (year === null) return null;
  const names = (x: IndexedAgreement) => new RegExp(`\\b${year}\\b`).test(`${x.title} ${x.yearText} ${x.multiYearText}`);
  if (names(a)) return null;
  const twin = new RegExp(`^${a.number.replace(/[.]/g, '\\.')}[b-z]$`);
  return snapshot.agreementsOf(a.municipality).find(({ a: x }) => twin.test(x.number) && names(x))?.a ?? null;
}
