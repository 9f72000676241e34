/** Recognises chapter, theme and kind headings in extracted document text. */
import type { AgreementKind } from '../core/agreement.js';
import { TOC_TAIL } from './front-matter/contents.js';

export interface ChapterHeading {
  number: number | null;
  title: string;
  /** The chapter's number as printed when it is no plain number ("IV"). */
  label?: string;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
/** "IV Duurzaamheid", "II. Beschikbaarheid": a chapter numbered in Roman numerals. */
const ROMAN_CHAPTER = /^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[.)]?\s+(\p{Lu}.{1,80})$/u;

const CHAPTER_PATTERNS: RegExp[] = [
  /^(?:hoofdstuk|chapter|artikel)\s+(\d{1,2})\s*[.:\-–]?\s+(\p{Lu}.+)$/iu,
  /^H(\d{1,2})\s*[.:\-–]?\s+(.+)$/,
  // "Doel 1 Meer betaalbare woningen": a goal groups the results that serve it.
  /^(?:thema|pijler|speerpunt|opgave|deel|doel)\s+(\d{1,2})\s*[.:\-–]?\s+(.+)$/i,
];

const NUMBERED_TITLE = /^(\d{1,2})[.)]?\s+(\p{Lu}.{1,80})$/u;
/** " 2026", " 2026-2029", " 2026 – 2029" at the end of a title. */
const TRAILING_YEARS = /\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/;

/** Sentence case for headings set in capitals ("FLEXIBELE WONINGVOORRAAD" → "Flexibele woningvoorraad"). */
export function tidyHeading(title: string): string {
  // "Thema Beschikbaarheid", "Thema A Nieuwbouw": the word "Thema" (and its letter) says what the heading is, the rest is its name.
  let t = title.replace(/\*+/g, '').replace(/\s+/g, ' ').trim().replace(/[.:]$/, '').replace(/^(?:thema|pijler|speerpunt)\s+(?:[A-Z](?:[.:)]|\s*[\-–])?\s+)?(?=\p{Lu})/iu, '');
  // "3.1 Wonen en nieuwbouw": a section's number is no part of its name.
  t = t.replace(/^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=\p{Lu})/u, '');
  // "A Beschikbaarheid", "B. Betaalbaarheid": the theme's letter is its number, not its name.
  // "F Zo werken we samen": a short first word counts when lower-case words follow it.
  t = t.replace(/^[A-Z](?:[.)]\s*|\s+)(?=\p{Lu}\p{Ll}{3}|\p{Lu}\p{Ll}+\s+\p{Ll})/u, '');
  // "BW – Beschikbaarheid": the code before a dash is no part of the name either.
  t = t.replace(/^[A-Z]{2,4}\s+[–—-]\s+(?=\p{Lu}\p{Ll})/u, '');
  // "Beschikbaarheid (BE)": the code its agreements are numbered with is no part of the name.
  t = t.replace(/\s+\([A-Z]{1,4}\)$/, '');
  t = dutchSide(t);
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) {
    return t.charAt(0) + t.slice(1).toLowerCase();
  }
  return t;
}

/** Spellings Dutch hardly has and Frisian often does: "Wenjen", "soarch", "duorsumens", "Ynlieding", "Gearwurking", "â". */
const FRISIAN = /[âêôûú]|oa|uo|nj|wurk|(?:^|\s)[Yy][a-z]|\p{L}{5,}ens\b/u;

/** "Wenjen / Wonen": of a heading in Frisian and Dutch, the Dutch side; other headings with a slash stay whole. */
function dutchSide(title: string): string {
  const sides = title.split(/\s+\/\s+/);
  if (sides.length !== 2) return title;
  const [a, b] = sides as [string, string];
  if (FRISIAN.test(a) && !FRISIAN.test(b)) return b;
  if (FRISIAN.test(b) && !FRISIAN.test(a)) return a;
  return title;
}

/** Matches "Hoofdstuk 2 Titel", "H2 Titel", "Thema 2: Titel"; table-of-contents lines are ignored. */
export function matchChapterHeading(line: string, allowPlainNumbers = false): ChapterHeading | null {
  const l = line.replace(/\*+/g, '').trim();
  if (l.length > 120 || TOC_TAIL.test(line)) return null;
  for (const re of CHAPTER_PATTERNS) {
    const m = re.exec(l);
    if (m) return { number: Number(m[1]), title: tidyHeading(m[2]!) };
  }
  const roman = ROMAN_CHAPTER.exec(l);
  if (roman && isHeadingLike(roman[2]!) && roman[2]!.split(/\s+/).length <= 8) return { number: ROMAN[roman[1]!]!, title: tidyHeading(roman[2]!), label: roman[1]! };
  // "Hoofdstuk A – Beschikbaarheid": a chapter lettered instead of numbered; its agreements are cited "A.II".
  const letter = /^(?:#+\s*)?hoofdstuk\s+([A-Z])\s*(?:[:.\-–—]\s*|\s+)(\p{Lu}.{1,80})$/u.exec(l.replace(/^hoofdstuk/i, 'hoofdstuk'));
  if (letter && isHeadingLike(letter[2]!.replace(/,/g, ''))) return { number: null, title: tidyHeading(letter[2]!), label: letter[1]! };
  const thema = /^(?:thema|pijler)\s*(?:[A-Z](?=\s*[:\-–.]))?\s*[:\-–]\s*(.+)$/i.exec(l);
  if (thema) return { number: null, title: tidyHeading(thema[1]!) };
  if (allowPlainNumbers) {
    const m = NUMBERED_TITLE.exec(l);
    // "3. Beschikbaarheid: nieuwbouw en voorraad" – a numbered heading may carry a subtitle after a colon.
    // "2 Werkafspraken 2026", "1 Kernafspraken 2026-2029": the years a chapter covers may close its title.
    if (m && isHeadingLike(m[2]!.replace(/^([^:]{3,40}):\s+(?=\p{Ll})/u, '$1 ').replace(TRAILING_YEARS, ''))) return { number: Number(m[1]), title: tidyHeading(m[2]!) };
    // "A. Beschikbaarheid": a lettered theme, its agreements numbered A1, A2, …
    const lettered = /^([A-Z])(?:[.)]\s+|\s{2,}|\t)(\p{Lu}.{1,80})$/u.exec(line.replace(/\*+/g, '').trim());
    if (lettered && isHeadingLike(lettered[2]!)) return { number: null, title: tidyHeading(lettered[2]!) };
  }
  return null;
}

/** "Focusafspraken" / "Reguliere afspraken" switch the kind of the agreements that follow. */
export function matchKindHeading(line: string): AgreementKind | null {
  const l = line.replace(/[*#:]/g, '').trim().toLowerCase();
  if (/^focus\s*-?\s*afspra(ak|ken)$/.test(l)) return 'focus';
  if (/^reguliere\s+afspra(ak|ken)$/.test(l)) return 'regulier';
  return null;
}

/** "Deel B – Jaarschijf 2026": the part of a document with its own kind; the words after the part's letter say which. */
const PART_PREFIX = /^(?:deel|onderdeel|bijlage)\s+(?:[A-Z]|\d{1,2}|I{1,3}|IV|V)\b\s*[:.–—-]?\s*/i;
const MULTI_YEAR_PART = /^(?:meerjarige?\s+(?:prestatie)?afspraken|meerjarenafspraken|meerjarig\s+deel|meerjarige\s+opgave|meerjarig$)\b/i;
const YEAR_PART = /^(?:jaarschijf|jaarschijven|jaarafspraken|jaarprogramma|jaarplan|jaaragenda|uitvoeringsprogramma|uitvoeringsagenda|actieprogramma)\b(?:\s+(?:19|20)\d{2})?/i;

/**
 * A heading that opens the multi-year part or a year's part ("Deel A – Meerjarige afspraken 2026–2029", "Jaarschijf
 * 2027"): the kind of every agreement in it, until the next part.
 */
export function matchPartHeading(line: string): 'meerjarig' | 'jaarafspraak' | null {
  const l = line.replace(/[*#]/g, '').trim();
  if (l.length > 80 || /[.;]$/.test(l)) return null;
  const rest = l.replace(PART_PREFIX, '').replace(/^\d{1,2}[.)]?\s+/, '');
  if (MULTI_YEAR_PART.test(rest)) return 'meerjarig';
  // "Jaarschijf 2026", "Deel B – Jaarschijf 2026", not "Jaarschijf 2026 wordt in het najaar geactualiseerd".
  const year = YEAR_PART.exec(rest);
  if (year && rest.slice(year[0].length).trim().split(/\s+/).filter(Boolean).length <= 3) return 'jaarafspraak';
  return null;
}

/**
 * "Hoe houden we wonen betaalbaar?": a chapter named by the question its agreements answer. A question word first
 * and one question mark last, no sentence inside: longer than a plain heading may be, still no sentence.
 */
const QUESTION_HEADING = /^(?:Hoe|Wat|Waar(?:om|voor|mee|aan|op)?|Wie|Welke|Wanneer|Hoeveel)\s[^.!?:;]{4,100}\?$/u;

/** "Hoe werkt deze lijst?", "Hoe lees je dit document?": a question that opens a reading guide, never a theme. */
export const READING_GUIDE_QUESTION = String.raw`hoe\s+(?:werkt|lees\s+je|leest\s+u|gebruik\s+je|gebruikt\s+u)\s+(?:deze|dit)\s+\w+\s*\?`;

/** A heading put as a question, of at most fifteen words. */
export function isQuestionHeading(line: string): boolean {
  const l = line.replace(/[*#]/g, '').trim();
  return QUESTION_HEADING.test(l) && l.split(/\s+/).length <= 15;
}

/** A short line without sentence punctuation that starts with a capital: a candidate theme heading. */
export function isHeadingLike(line: string): boolean {
  const l = line.replace(/[*#]/g, '').trim();
  if (isQuestionHeading(l)) return true;
  // "Kwaliteit en duorsumens / Kwaliteit en duurzaamheid": a heading in two languages is two headings side by side.
  const sides = l.split(/\s+\/\s+/);
  if (sides.length === 2) return sides.every((side) => isHeadingLike(side));
  if (l.length < 3 || l.length > 60) return false;
  if (/[.,;:?!]$/.test(l) || l.includes(':') || l.includes('\t') || l.startsWith('<')) return false;
  if (!/^\p{Lu}/u.test(l)) return false;
  const words = l.split(/\s+/);
  if (words.length > 6) return false;
  // Dates and numbers-only lines are not themes.
  return !/\d{4}/.test(l) && /\p{L}{3,}/u.test(l);
}
