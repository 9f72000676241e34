import type { Analyzer } from '../analysis/analyzer.js';
import { normaliseText } from '../analysis/normalise.js';
import { correctWord, editDistance } from '../analysis/typos.js';
import { STOPWORDS } from '../analysis/stopwords.js';
import { detectLanguage, type Lang } from '../texts.js';
import type { Catalog } from './catalog.js';
import type { PartyInfo } from './parties.js';
import { FIELD_QUESTION_WORDS, findField, findNumberMentions, type AgreementField, type NumberMention } from './reference.js';
import { questionTokens, type QToken } from './tokens.js';
import { findOrganisation } from './unknown-organisation.js';

/** What a question asks, before any retrieval: names, year, reference, field, and the topic words left. */
export interface QuestionAnalysis {
  question: string;
  lang: Lang;
  /** Stored municipalities named (by name, alias or adjective), as stored. */
  municipalities: string[];
  /** Dutch municipalities named that the store has no agreements of. */
  absentMunicipalities: string[];
  /** A known party named (an organisation, or a role such as "de gemeente"). */
  party: PartyInfo | null;
  /** An organisation-like name that no document mentions ("Mijn Huis"). */
  unknownParty: string | null;
  year: number | null;
  /** A stored theme (chapter title) named in full. */
  theme: string | null;
  reference: NumberMention | null;
  field: AgreementField | null;
  /** "Welke afspraken heeft Sint Joseph?", "wat moet de HAR doen?": the party's agreements, listed. */
  partyList: boolean;
  /** "Hoeveel …", "welk percentage …": the answer is a number. */
  wantsNumber: boolean;
  /** Starts as an elliptical follow-up ("en in Almere?", "en Beter Wonen?"). */
  followUp: boolean;
  /** The question without names, year and reference: what retrieval searches for. */
  topic: string;
  /** Whether the topic holds content words of its own (beyond list framing). */
  hasTopic: boolean;
}

/** Words that frame a request for a party's agreements rather than a topic. */
const LIST_WORDS = new Set(
  'doen doet gedaan taken taak rol rollen inzet bijdrage bijdragen acties actie verantwoordelijk verantwoordelijkheden verplichtingen beloofd toegezegd opgepakt uitvoeren gepland plannen komend komende lopend lopende allemaal overzicht lijst partij dit jaar liggen ligt eigenaar trekker trekt trekken regie regiehouder aan zet naam staan staat belast regelen regelt geregeld zelf'.split(' '),
);
const WANTS_NUMBER = /\b(hoeveel|aantal|percentage|procent|how many|how much|number of|what share)\b/;
const FOLLOW_UP_START = /^(en|and|of|or|maar|but|ook|also|what about|hoe zit het met|en hoe zit het met)\b/;

/** The calendar year now in the Netherlands. */
const currentYear = () => Number(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));

/** Analyses a question against the names the store knows. */
export function analyseQuestion(question: string, catalog: Catalog, analyzer: Analyzer): QuestionAnalysis {
  const tokens = questionTokens(question);
  const consumed = new Uint8Array(tokens.length);
  const consume = (from: number, to: number) => consumed.fill(1, from, to);

  const municipalities: string[] = [];
  const absent: string[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  const addMunicipality = (name: string, stored: boolean, from: number, to: number) => {
    const list = stored ? municipalities : absent;
    if (!list.includes(name)) list.push(name);
    // "gemeente Almelo" is the municipality, not the party "Gemeente".
    const start = tokens[from - 1]?.norm === 'gemeente' ? from - 1 : from;
    consume(start, to);
    ranges.push({ start: tokens[from]!.at, end: tokens[to - 1]!.at + tokens[to - 1]!.raw.length });
  };
  // A party whose name holds a place ("Groninger Huis", "Bewonersraad Woonzorg Stadskanaal") keeps its whole name:
  // the place is no absent municipality, and a stored one filters without taking the party's words.
  const organisations = catalog.parties.find(tokens).filter((p) => !p.party.role);
  for (const m of catalog.municipalities.find(tokens)) {
    const inParty = organisations.some((p) => p.from <= m.from && m.to <= p.to && p.to - p.from > m.to - m.from);
    if (inParty) {
      if (m.stored && !municipalities.includes(m.name)) municipalities.push(m.name);
      continue;
    }
    // "in Laren" where the texts of Lochem name their village Laren: a place of a stored municipality, not the
    // municipality Laren that has no agreements here.
    // Only the name itself: "Haarlemse corporaties" is about the municipality.
    const asNamed = tokens.slice(m.from, m.to).map((t) => t.norm).join(' ') === normaliseText(m.name).toLowerCase();
    const village = m.stored || !asNamed ? null : placeIn(m.name, catalog, analyzer);
    if (village) {
      addMunicipality(village, true, m.from, m.to);
      // The village's name still says where within the municipality.
      consumed.fill(0, m.from, m.to);
    } else addMunicipality(m.name, m.stored, m.from, m.to);
  }

  // "in Burgum": a village or district only one municipality's texts name places the question there.
  if (municipalities.length === 0 && absent.length === 0) {
    tokens.forEach((t, i) => {
      if (consumed[i] || !t.capital || t.sentenceStart || i === 0 || !/^(?:in|uit|te|bij|rond)$/.test(tokens[i - 1]!.norm)) return;
      const place = placeIn(t.raw, catalog, analyzer) ?? typedPlace(t.norm, catalog, analyzer);
      if (!place) return;
      if (!municipalities.includes(place)) municipalities.push(place);
      // A mistyped village ("in Axl") only places the question; it is no topic word nobody uses.
      if (catalog.snapshot.wordDf(t.norm) === 0) consume(i, i + 1);
    });
  }

  // A word nobody uses that is one typo away from a stored municipality ("Almeer").
  tokens.forEach((t, i) => {
    if (consumed[i] || STOPWORDS.has(t.norm) || /\d/.test(t.norm) || catalog.snapshot.wordDf(t.norm) > 0) return;
    const fuzzy = catalog.municipalities.fuzzy(t.norm);
    if (fuzzy) addMunicipality(fuzzy, true, i, i + 1);
  });

  // Agreement numbers first: "C4" or "A3" in "wat staat er in C4 van Roermond?" is a number, not an acronym.
  const numbers = findNumberMentions(question, ranges);
  const reference = numbers.find((n) => n.explicit) ?? numbers[0] ?? null;
  if (reference) tokens.forEach((t, i) => {
    // The number's own tokens: "A3", and both parts of "IV.b".
    // The code of "PA-08" or "BE.1" too.
    if (t.at >= reference.start && t.at < reference.end && (/\d/.test(t.norm) || /^(?:[ivx]+|[a-z])$/.test(t.norm) || /^[A-Z]{2,3}$/.test(t.raw))) consumed[i] = 1;
  });

  const partyMentions = catalog.parties.find(tokens).filter((m) => !consumed.subarray(m.from, m.to).some(Boolean));
  let organisation: { party: PartyInfo; from: number; to: number } | undefined = partyMentions.find((m) => !m.party.role);
  const role = partyMentions.find((m) => m.party.role);
  let unknownParty: string | null = null;
  if (!organisation) {
    // An organisation the parties list misses but the texts name ("wat moet Dalwonen doen?") is a party
    // by its mentions; one no text names is unknown.
    const found = findOrganisation(tokens, consumed, catalog);
    const misspelt = found && found.municipalities.size === 0 ? catalog.parties.fuzzy(found.phrase) : null;
    if (found && misspelt) organisation = { party: misspelt, from: found.from, to: found.to };
    else if (found && found.municipalities.size === 0) unknownParty = found.name;
    else if (found) {
      const party: PartyInfo = { name: found.name, forms: [found.phrase], municipalities: found.municipalities, kind: 'overig', role: false };
      organisation = { party, from: found.from, to: found.to };
    }
  }
  if (organisation) consume(organisation.from, organisation.to);

  let year: number | null = null;
  tokens.forEach((t, i) => {
    if (year !== null || consumed[i] || !/^(19|20)\d{2}$/.test(t.norm)) return;
    if (reference && t.at >= reference.start && t.at < reference.end) return;
    year = Number(t.norm);
    consume(i, i + 1);
  });

  // "dit jaar", "volgend jaar": a year counted from today, in Amsterdam.
  if (year === null) {
    const relative = /\b(dit|deze|komend|komende|volgend|volgende|vorig|vorige)\s+(?:kalender)?jaar\b|\b(this|next|last)\s+year\b/i.exec(normaliseText(question));
    if (relative) {
      const word = (relative[1] ?? relative[2])!.toLowerCase();
      const shift = /^(?:komend|komende|volgend|volgende|next)$/.test(word) ? 1 : /^(?:vorig|vorige|last)$/.test(word) ? -1 : 0;
      year = currentYear() + shift;
    }
  }

  const normalised = ` ${tokens.map((t) => t.norm).join(' ')} `;
  const named = municipalities.map((m) => m.toLowerCase());
  const themeHit = catalog.themes
    .filter((t) => t.words.length >= 5 && normalised.includes(` ${t.words} `))
    .sort((a, b) => Number([...b.municipalities].some((m) => named.includes(m.toLowerCase()))) - Number([...a.municipalities].some((m) => named.includes(m.toLowerCase()))) || b.words.length - a.words.length)[0];

  // "afspraak 2 van hoofdstuk 5": the words of the reference itself ask for no field.
  const fieldText = reference
    ? `${question.slice(0, reference.start)} ${question.slice(reference.end)}`.replace(/\b(?:uit|van|in|onder)\s+(?:het\s+)?(?:hoofdstuk|thema|paragraaf)\s+(?:over\s+)?[\p{L}-]+/giu, ' ')
    : question;
  let field = findField(fieldText, !!reference);
  if (field === 'theme' && themeHit && !reference) field = null;

  const kept = tokens.filter((t, i) => !consumed[i] && !(reference && t.at >= reference.start && t.at < reference.end));
  const topicTokens = field ? kept.filter((t) => !FIELD_QUESTION_WORDS.has(t.norm)) : kept;
  const topic = topicTokens.map((t) => t.raw).join(' ');
  const party = organisation?.party ?? role?.party ?? null;
  const roleWords = new Set(role ? role.party.forms.flatMap((f) => f.split(' ')) : []);
  const topicTerms = analyzer.queryTerms(topic).filter((t) => t.core);
  const hasTopic = topicTerms.some((t) => !LIST_WORDS.has(t.word) && !roleWords.has(t.word));
  const partyList = !!party && !reference && !hasTopic;

  return {
    question,
    lang: detectLanguage(question),
    municipalities,
    absentMunicipalities: absent,
    party,
    unknownParty,
    year,
    theme: themeHit?.title ?? null,
    reference,
    field,
    partyList,
    wantsNumber: WANTS_NUMBER.test(normaliseText(question)) || tokens.some((t) => t.norm.length >= 6 && editDistance(t.norm, 'hoeveel', 1) <= 1),
    followUp: FOLLOW_UP_START.test(normaliseText(question).trim()),
    topic,
    hasTopic,
  };
}

export type { QToken };

/**
 * The stored municipality whose agreements name this place, when only one does ("Laren" in Lochem's texts); null
 * when none or several do, so an absent municipality stays absent.
 */
/** "Axl" for the village Axel that one municipality's texts name: one edit away, as typed after "in". */
function typedPlace(word: string, catalog: Catalog, analyzer: Analyzer): string | null {
  if (word.length < 3 || STOPWORDS.has(word) || /\d/.test(word) || catalog.snapshot.wordDf(word) > 0) return null;
  const near = correctWord(word, catalog.snapshot.vocabulary(), 1);
  return near ? placeIn(near.word, catalog, analyzer) : null;
}

function placeIn(name: string, catalog: Catalog, analyzer: Analyzer): string | null {
  const words = analyzer.words(name);
  if (words.length !== 1 || catalog.snapshot.wordDf(normaliseText(name).toLowerCase()) === 0) return null;
  const owners = new Set<string>();
  for (const ref of catalog.snapshot.withStem(words[0]!.stem)) {
    owners.add(ref.a.municipality);
    if (owners.size > 1) return null;
  }
  return owners.size === 1 ? [...owners][0]! : null;
}
