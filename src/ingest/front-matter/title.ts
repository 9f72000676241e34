/** The document's title: the first heading on the cover that names the agreements, not a logo, date or sentence. */
import { escapeRegExp, tidySpaces } from '../names.js';
import { isNavigationLink } from './navigation.js';

const TITLE_WORDS =
  /afspra|convenant|overeenkomst|jaarschijf|actieprogramma|werkagenda|jaarplan|jaarprogramma|uitvoeringsprogramma|uitvoeringsagenda|woonakkoord|samenwerkingsagenda|prestaties|\bbod\b|actielijst/i;
export const ACTION_YEAR =
  /\b(?:actieprogramma|jaarschijf|werkagenda|jaarplan|jaarprogramma|uitvoeringsagenda|uitvoeringsprogramma|jaarafspraken|actieplan|jaarafspraak|actielijst)\s+((?:19|20)\d{2})\b/i;
/** A sentence, not a title: it starts like one or runs on after a full stop. */
const SENTENCE_WORDS = /^(?:deze|de|het|in|wij|we|op|dit|hierbij|hierin|partijen|met|bij|voor)\s|\s(?:tussen|zijn|worden|wordt|gelden|geldt|maken|hebben)\s/i;
const SENTENCE = { test: (t: string) => SENTENCE_WORDS.test(t) || /[.;:]\s+\p{Lu}/u.test(t) };

/** Sentence case for a title set in capitals, keeping the municipality's own casing. */
export function tidyTitle(line: string, municipality: string): string {
  let t = tidySpaces(line);
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) {
    t = t.charAt(0) + t.slice(1).toLowerCase();
    t = t.replace(/\bt\/m\b/gi, 't/m').replace(/\bgemeente\b/g, 'Gemeente');
    if (municipality) t = t.replace(new RegExp(`\\b${escapeRegExp(municipality)}\\b`, 'i'), municipality);
  }
  return t;
}

function isTitle(line: string): boolean {
  const t = tidySpaces(line);
  if (t.length < 6 || t.length > 160 || t.split(' ').length > 20) return false;
  if (/^\p{Ll}/u.test(t) || /[.;,]$/.test(t) || SENTENCE.test(t)) return false;
  return TITLE_WORDS.test(t);
}

/** "Team Wonen Hulst : Prestatieafspraken …": a wiki page exported with its space's name before " : ". */
const WIKI_SPACE = /^(#*\s*)[^:]{2,60}?\s:\s+(?=\p{Lu})/u;
/** "(werkversie met voortgang)", "(concept)": a note on the version, no part of the title. */
const VERSION_NOTE = /\s*\((?:werkversie|concept|ontwerp|interne?\s+versie)\b[^()]*\)$/i;

/** The cover lines a title may stand on, without breadcrumbs, a wiki space's name or a note on the version. */
const titleLines = (head: readonly string[]) =>
  head.filter((l) => !isNavigationLink(l)).map((l) => l.replace(WIKI_SPACE, '$1').replace(VERSION_NOTE, ''));

/**
 * Finds the title among the cover lines (`head`, front matter already removed). A yearly programme named on a
 * line of its own is added ("Prestatieafspraken 2022 t/m 2026 – Actieprogramma 2026"). Null when none reads as one.
 */
export function findTitle(cover: readonly string[], municipality: string): string | null {
  const head = titleLines(cover);
  const index = head.findIndex(isTitle);
  if (index < 0) return null;
  // Each line in sentence case first: "PRESTATIEAFSPRAKEN 2026" / "Gemeente Venlo" is no longer all capitals once joined.
  let first = tidyTitle(head[index]!, municipality);
  // "Samen thuis in Goes" above "Prestatieafspraken 2026–2029": the cover's name for the document, with the place.
  const above = index > 0 ? coverName(head[index - 1]!, first, municipality) : null;
  if (above) first = `${above} – ${first}`;
  let next = index + 1;
  for (; next < Math.min(head.length, index + 3); next++) {
    const joined = continueTitle(first, tidyTitle(head[next]!, municipality), municipality);
    if (!joined) break;
    first = joined;
  }
  let title = tidyTitle(first, municipality);
  // "ACTIELIJST 2026" / "Prestatieafspraken Zuiderkerk 2025–2028": the yearly list first, then what it belongs to.
  const below = next === index + 1 && isProgrammeName(first) ? head[next] : undefined;
  if (below !== undefined && isTitle(below) && !isProgrammeName(below)) {
    title = `${title} – ${tidyTitle(below, municipality)}`;
    next++;
  }
  const actionLine = head.slice(next, next + 3).find((l) => ACTION_YEAR.test(l) && l.length < 60 && !SENTENCE.test(l));
  if (actionLine && !ACTION_YEAR.test(first)) title = `${title} – ${tidyTitle(actionLine, municipality)}`;
  return title;
}

/** "Actielijst 2026", "Jaarplan 2026": the name of a yearly programme and nothing more. */
const isProgrammeName = (line: string) => {
  const m = ACTION_YEAR.exec(tidySpaces(line));
  return !!m && m.index === 0 && m[0].length === tidySpaces(line).length;
};

/**
 * A phrase above the title that names the place the title leaves out ("Samen thuis in Goes"): a few words, some in
 * lower case (no organisation's name, no "Gemeente Goes"), no date.
 */
function coverName(line: string, title: string, municipality: string): string | null {
  const l = tidySpaces(line);
  if (!municipality || !l || /\d|[.;:!?,]$/.test(l) || /^gemeente\b/i.test(l) || TITLE_WORDS.test(l)) return null;
  const words = l.split(' ');
  const place = new RegExp(`(?:^|\\s)${escapeRegExp(municipality)}(?![\\p{L}-])`, 'iu');
  if (words.length < 3 || words.length > 8 || !words.some((w) => /^\p{Ll}/u.test(w)) || !place.test(l) || place.test(title)) return null;
  return l;
}

const YEARS = /^(?:19|20)\d{2}(?:\s*(?:-|–|t\/m|tot en met)\s*(?:19|20)\d{2})?$/i;

/**
 * A title set over several cover lines: "PRESTATIEAFSPRAKEN / AMERSFOORT / 2025-2028", "Jaarschijf 2026 / bij de
 * Prestatieafspraken …", "Prestatieafspraken 2026 / Gemeente Hengelo" (the place goes before the years).
 */
function continueTitle(title: string, line: string, municipality: string): string | null {
  const l = tidySpaces(line);
  if (!l || l.length > 120) return null;
  if (/^(?:bij|voor|van|over|in|met)\s/.test(l) && !/[.;]$/.test(l)) return `${title} ${l}`;
  const hasPlace = municipality !== '' && new RegExp(`\\b${escapeRegExp(municipality)}\\b`, 'i').test(title);
  const hasYears = /(?:19|20)\d{2}/.test(title);
  if (YEARS.test(l) && !hasYears) return `${title} ${l}`;
  if (!municipality || hasPlace) return null;
  const place = new RegExp(`^(?:gemeente\\s+)?(${escapeRegExp(municipality)})(\\s+(?:19|20)\\d{2}(?:\\s*(?:-|–|t\\/m)\\s*(?:19|20)\\d{2})?)?$`, 'i').exec(l);
  if (!place) return null;
  // "Prestatieafspraken" / "gemeente Nederweert": in lower case the word runs on the title; "Gemeente Hengelo" names the party.
  const name = /^gemeente\s/.test(l) ? `gemeente ${place[1]}` : place[1];
  const years = / ((?:19|20)\d{2}(?:\s*(?:-|–|t\/m|tot en met)\s*(?:19|20)\d{2})?)$/i.exec(title);
  if (years && !place[2]) return `${title.slice(0, years.index)} ${name} ${years[1]}`;
  return `${title} ${name}${place[2] ?? ''}`;
}
