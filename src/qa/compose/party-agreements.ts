import { compareNumbers } from '../../core/agreement.js';
import { labelOf } from '../answer.js';
import type { IndexSnapshot } from '../index/index-snapshot.js';
import type { IndexedAgreement } from '../index/segment.js';
import { agreementSentences } from '../passages.js';
import { namesParty } from './compose-topic.js';
import { involvement, type PartyInfo } from '../question/parties.js';
import { QA_TEXTS, type Lang } from '../texts.js';

/** Up to this many agreements, a party's list quotes what each says the party does. */
const QUOTED = 8;
/** The most agreements a list answer shows; the rest are counted. */
const SHOWN = 40;

/**
 * A party's agreements in the given municipalities (or where the party has agreements): named as
 * responsible or in the text first, then those it has through a group ("Woningcorporaties"). With a
 * year, only agreements whose period or action year includes it.
 */
export function partyAgreements(snapshot: IndexSnapshot, party: PartyInfo, municipalities: string[], year: number | null): IndexedAgreement[] {
  const scope = municipalities.length ? municipalities : party.role ? snapshot.municipalities() : [...party.municipalities];
  const rows: Array<{ a: IndexedAgreement; rank: number; specific: boolean }> = [];
  const named = year ? new RegExp(`\\b${year}\\b`) : null;
  for (const m of scope) {
    for (const { a } of snapshot.agreementsOf(m)) {
      if (year && !coversYear(a, year)) continue;
      const how = involvement(party, a);
      const rank = how.responsible && how.text ? 0 : how.responsible ? 1 : how.text ? 2 : how.group ? 3 : -1;
      if (rank >= 0) rows.push({ a, rank, specific: named ? namesYear(a, named) : true });
    }
  }
  // "Wat gaat Peelrand Wonen in 2026 doen?": what is said for that year (a year part, "in 2026") comes first.
  return rows
    .sort((x, y) => Number(y.specific) - Number(x.specific) || x.rank - y.rank || x.a.municipality.localeCompare(y.a.municipality) || compareNumbers(x.a.number, y.a.number))
    .map((r) => r.a);
}

/** The agreement's own texts name the year ("Huuraanpassing per 1 juli 2026", "Resultaat eind 2026"). */
function namesYear(a: IndexedAgreement, year: RegExp): boolean {
  return year.test(`${a.title} ${a.chapterTitle ?? ''} ${a.yearText} ${a.multiYearText}`);
}

function coversYear(a: IndexedAgreement, year: number): boolean {
  // Under "Jaarafspraken 2026" an agreement is for 2026, whatever the document's period.
  const part = /\b(?:jaarschijf|jaarafspraken|jaarplan|actieprogramma|uitvoeringsprogramma|jaar)\s+((?:19|20)\d{2})\b/i.exec(a.chapterTitle ?? '');
  if (part) return Number(part[1]) === year;
  if (a.actionYear !== null) return a.actionYear === year || (a.period.from !== null && a.period.to !== null && a.period.from <= year && year <= a.period.to);
  if (a.period.from !== null && a.period.to !== null) return a.period.from <= year && year <= a.period.to;
  return true;
}

/** "Sint Joseph heeft 25 afspraken in Almelo voor 2026:" and one line per agreement. */
export function composePartyList(party: PartyInfo, agreements: IndexedAgreement[], where: string[], year: number | null, lang: Lang): string {
  const t = QA_TEXTS[lang];
  const plural = party.role && party.name !== 'Gemeente';
  const name = party.role ? (party.name === 'Alle partijen' ? 'alle partijen' : `de ${party.name.toLowerCase()}`) : party.name;
  if (agreements.length === 0) return t.partyNone(name, where.join(', '), year);
  const heading = party.role ? t.roleList(name, plural, agreements.length, where.join(', '), year) : t.partyList(name, agreements.length, where.join(', '), year);
  // "Wat doet HVES allemaal?": a short list says what the party does in each, in the sentence that names it.
  const quote = !party.role && agreements.length <= QUOTED ? (a: IndexedAgreement) => namingSentence(a, party.forms) : undefined;
  return listAnswer(heading, agreements, lang, quote);
}

/** The sentence or list item of an agreement that names the party, if any. */
function namingSentence(a: IndexedAgreement, forms: readonly string[]): string | undefined {
  const pieces = agreementSentences(a).flatMap((s) => s.text.split(/\s[-•·–]\s/));
  return pieces.find((p) => namesParty(p, forms))?.trim();
}

/** A heading and one line per agreement ("• Almelo 12 — Woonruimteverdeling"), the ones beyond the first 40 counted. */
function listAnswer(heading: string, agreements: readonly IndexedAgreement[], lang: Lang, quote?: (a: IndexedAgreement) => string | undefined): string {
  const lines = [heading];
  for (const a of agreements.slice(0, SHOWN)) {
    const said = quote?.(a);
    lines.push(`• ${labelOf(a)} — ${a.title}${said ? `: ${said}` : ''}`);
  }
  if (agreements.length > SHOWN) lines.push(QA_TEXTS[lang].andMore(agreements.length - SHOWN));
  return lines.join('\n');
}

/**
 * "Wat gebeurt er in 2027 in Heemstede?": the municipality's agreements for that year, those whose texts name the
 * year first.
 */
export function yearAgreements(snapshot: IndexSnapshot, municipality: string, year: number): IndexedAgreement[] {
  const named = new RegExp(`\\b${year}\\b`);
  return snapshot
    .agreementsOf(municipality)
    .map(({ a }) => a)
    .filter((a) => coversYear(a, year))
    .map((a) => ({ a, specific: namesYear(a, named) }))
    .sort((x, y) => Number(y.specific) - Number(x.specific) || compareNumbers(x.a.number, y.a.number))
    .map((r) => r.a);
}

/** "In Heemstede gelden 9 afspraken voor 2027; eerst die 2027 noemen:" and one line per agreement. */
export function composeYearList(agreements: IndexedAgreement[], where: string, year: number, lang: Lang): string {
  return listAnswer(QA_TEXTS[lang].yearList(where, year, agreements.length), agreements, lang);
}
