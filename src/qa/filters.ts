import { normaliseText } from './analysis/normalise.js';
import type { QuestionAnalysis } from './question/analyse-question.js';
import type { Catalog } from './question/catalog.js';
import type { PartyInfo } from './question/parties.js';

/** Filters understood from a question or given as options; serialisable for follow-ups. */
export interface QaFilters {
  municipalities: string[];
  year: number | null;
  party: string | null;
  theme: string | null;
}

export const NO_FILTERS: QaFilters = { municipalities: [], year: null, party: null, theme: null };

/** What a follow-up needs from the previous question; plain JSON so the engine can store it. */
export interface QaContext {
  question: string;
  /** The previous question's topic words, without the names, year and reference. */
  query: string;
  filters: QaFilters;
}

/** The question with what it inherits from the thread: its topic, scope and preferences. */
export interface ResolvedQuestion {
  topic: string;
  hasTopic: boolean;
  municipalities: string[];
  year: number | null;
  party: PartyInfo | null;
  theme: string | null;
  partyList: boolean;
  /** The topic came from the previous question. */
  carried: boolean;
  /** The follow-up's own words, narrowing a carried topic ("… ook voor de duurdere woningen?"). */
  narrow?: string;
}

/** Words that glue an elliptical follow-up ("en in Almere?", "and for 2025?") and say nothing else. */
const GLUE = new Set('en and of or ook also nog dan maar in voor van bij met de het the for about what how hoe zit over'.split(' '));
/** What a follow-up asks of the previous topic ("en hoe snel in Sittard?", "en wanneer?"): no topic of its own. */
const ASKS = new Set('snel vaak lang laat veel hoeveel wanneer wie wat waar welke er daar is zijn gaat staat how often long when who where much many fast'.split(' '));

/** Years relative to the previous question's year. */
const RELATIVE_YEARS: Array<{ re: RegExp; by: number }> = [
  { re: /\b(?:het\s+)?(?:jaar\s+(?:daarna|daarop|erna|erop)|volgende?\s+jaar|year\s+after|next\s+year)\b/, by: 1 },
  { re: /\b(?:het\s+)?(?:jaar\s+(?:daarvoor|ervoor)|vorige?\s+jaar|year\s+before|previous\s+year)\b/, by: -1 },
];
/**
 * A question that adds to the previous one by pointing back at it ("Geldt dat ook voor de duurdere woningen?",
 * "Wat gebeurt er met de mensen die daar nu wonen?"): its own words narrow the previous topic.
 */
const EXTENDS =
  /\b(?:daar|daarvan|daarbij|daarna|daarvoor|daarin|hetzelfde|dezelfde)\b|\b(?:geldt|gaat|komt|gebeurt|kan|mag|moet|moeten|kost|kosten|levert|betekent|duurt)\s+(?:dat|dit|die)\b|\b(?:dat|dit|het)\s+ook\b|\b(?:is|zijn|was|wordt|worden|gebeurt)\s+(?:dat|dit)\s*[?.!]*\s*$|\b(?:die|deze|dat)\s+(?:afspraak|afspraken|project|projecten|woningen|flats|regeling|plan|plannen)\b/;

/** What a bare follow-up asks of the previous answer ("wie doet dat?", "wanneer is dat klaar?"). */
const ASKS_OF_IT = new Set('doet doen regelt regelen trekt betaalt betalen klaar gereed af afgerond uitgevoerd dat dit die daar who does'.split(' '));

/** Words that point back at the previous answer: "daar", "daarvan", "die afspraak". */
const ANAPHORA = /\b(?:daar|daarvan|daarvoor|ervan|hiervan|die|dat|deze|dit|dezelfde|hetzelfde|that|this|it)\b/;

/** Whether a stored context has the expected shape (it comes back from the database as JSON). */
export function isQaContext(x: unknown): x is QaContext {
  const c = x as QaContext | null;
  return !!c && typeof c === 'object' && typeof c.query === 'string' && !!c.filters && Array.isArray(c.filters.municipalities);
}

/**
 * Carries the previous question's topic only when this question has none of its own and reads as a
 * follow-up ("en in Almere?", "en Beter Wonen?"); its filters carry when this one starts as a follow-up.
 * "Wat moet de HAR doen?" after a question about sales is about the HAR, not about sales.
 */
export function resolveFollowUp(question: QuestionAnalysis, ctx: QaContext | null, catalog: Catalog): ResolvedQuestion {
  let q = question;
  const own: ResolvedQuestion = {
    topic: q.topic,
    hasTopic: q.hasTopic,
    municipalities: q.municipalities,
    year: q.year,
    party: q.party,
    theme: q.theme,
    partyList: q.partyList,
    carried: false,
  };
  if (!ctx) return own;
  // In a conversation the municipality holds until the question names another one (or a party that has its
  // own): "wat moet de gemeente doen?" after a question about Kerkrade is about Kerkrade's gemeente. The
  // topic is carried only for elliptical questions, below.
  // A municipality named that has no agreements ("en in Zoetermeer?") replaces the old one too: it is refused.
  const namesPlace = q.municipalities.length > 0 || q.absentMunicipalities.length > 0;
  if (!namesPlace && !(q.party && !q.party.role) && ctx.filters.municipalities.length) own.municipalities = ctx.filters.municipalities;
  const text = normaliseText(q.question);
  // "en het jaar daarna?", "en vorig jaar?": a year relative to the previous question's.
  const shift = ctx.filters.year !== null && q.year === null ? RELATIVE_YEARS.find((r) => r.re.test(text)) : undefined;
  const topicText = shift ? normaliseText(q.topic).replace(shift.re, ' ') : normaliseText(q.topic);
  const words = topicText.match(/[a-z0-9]+/g) ?? [];
  const onlyNames = words.every((w) => GLUE.has(w));
  const onlyAsks = q.followUp && words.every((w) => GLUE.has(w) || ASKS.has(w));
  // "wie is daar de trekker van?": a field asked of what the previous answer was about.
  // "wie doet dat?", "wanneer is dat klaar?": only asking words around a word that points back.
  const bareBack = ANAPHORA.test(text) && words.length > 0 && words.every((w) => GLUE.has(w) || ASKS.has(w) || ASKS_OF_IT.has(w));
  const pointsBack = (!!q.field && ANAPHORA.test(text)) || bareBack;
  const hasTopic = q.hasTopic && !(shift && onlyNames) && !onlyAsks && !bareBack;
  const carriedTopic = ctx.query.trim();
  const elliptical = !hasTopic && !q.reference && (q.followUp || onlyNames || pointsBack) && (carriedTopic !== '' || !!ctx.filters.party);
  if (shift && elliptical) q = { ...q, year: ctx.filters.year! + shift.by };
  const narrows = carriedTopic !== '' && !q.reference && EXTENDS.test(text);
  if (!elliptical && !(q.followUp && q.hasTopic) && !narrows) return own;
  const previousParty = ctx.filters.party ? catalog.parties.byName(ctx.filters.party) : null;
  const merged: ResolvedQuestion = {
    ...own,
    municipalities: namesPlace ? q.municipalities : ctx.filters.municipalities,
    year: q.year ?? ctx.filters.year,
    party: q.party ?? previousParty,
    theme: q.theme ?? ctx.filters.theme,
  };
  // "en Beter Wonen?" after a question about Almere: the party's own municipality replaces the old one.
  if (q.party && !q.party.role && !q.municipalities.length && q.party.municipalities.size > 0) {
    const own = [...q.party.municipalities];
    if (!merged.municipalities.some((m) => own.includes(m))) merged.municipalities = own;
  }
  if (!elliptical) return narrows ? { ...merged, topic: carriedTopic, narrow: q.topic, hasTopic: true, carried: true } : merged;
  // Without a topic of the previous question, "en Beter Wonen?" lists that party's agreements.
  return { ...merged, topic: carriedTopic, hasTopic: carriedTopic !== '', partyList: carriedTopic === '' && !!merged.party, carried: carriedTopic !== '' };
}
