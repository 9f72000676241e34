/** The years the agreements run: "2025 t/m 2029", "gelden van 1 januari 2026 tot en met 31 december 2026", "looptijd …". */

export interface Period {
  from: number | null;
  to: number | null;
}

const YEAR = String.raw`((?:19|20)\d{2})`;
/** An optional day and month before a year: "1 januari ", "31-12-". */
const DAY = String.raw`(?:\d{1,2}(?:e|ste)?\s+\p{L}+\.?\s+|\d{1,2}[-/.]\d{1,2}[-/.])?`;
const UNTIL = String.raw`\s*(?:t\/m|t\.m\.|tot\s+en\s+met|tot|--|-|–|—|\/)\s*`;
const RANGE = new RegExp(String.raw`(?<![\d/-])${DAY}${YEAR}${UNTIL}${DAY}${YEAR}(?![\d/-])`, 'iu');
const RANGES = new RegExp(RANGE.source, 'giu');
/** Sentences that state the period rather than mention years in passing; the weak words come after the opening lines. */
const STRONG_WORDS = /\b(?:gelden|geldt|geldig|looptijd|betreffen\s+de\s+jaren|hebben\s+betrekking\s+op|van\s+kracht|gesloten\s+voor|voor\s+de\s+jaren|(?:dit|het)\s+document\s+bevat)\b/i;
const WEAK_WORDS = /\b(?:lopen|loopt|periode|meerjarenafspraken|prestatieafspraken)\b/i;
const COUNT: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 };
/** "een looptijd van vier jaar", "gelden vijf jaar", "lopen drie jaar": how many years. */
const DURATION = /(?:\blooptijd\b[^.]{0,40}?|\b(?:gelden|geldt|lopen|loopt|duren|duurt)\s+(?:\p{L}+\s+){0,2}?)\b(\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:\(\d+\)\s+)?jaar\b/iu;
const START = new RegExp(String.raw`\b(?:vanaf|ingaande|ingaand|per|met\s+ingang\s+van|start(?:en)?\s+(?:in|op))\s+${DAY}${YEAR}`, 'iu');
const SINGLE_YEAR = new RegExp(String.raw`(?<![\d/-])${YEAR}(?![\d/-])`, 'g');
const FOR_YEAR = new RegExp(String.raw`\b(?:gelden|geldt|geldig|gemaakt|afgesproken|gesloten|bevat|bevatten|betreft|betreffen)\s+(?:\p{L}+\s+){0,3}(?:voor|in)\s+(?:het\s+jaar\s+|(?:het\s+)?kalenderjaar\s+)?${YEAR}\b`, 'iu');

/** "voor de jaren 2026 en 2027": two years named together. */
const TWO_YEARS = new RegExp(String.raw`\bjaren\s+${YEAR}\s+en\s+${YEAR}\b`, 'i');

function range(text: string): Period | null {
  const two = TWO_YEARS.exec(text);
  if (two && Number(two[2]) > Number(two[1]) && Number(two[2]) - Number(two[1]) <= 15) return { from: Number(two[1]), to: Number(two[2]) };
  const m = RANGE.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  // "van 1 januari 2026 tot 1 januari 2028": the end day is not included, so the last year is 2027.
  const to = Number(m[2]) - (/\btot\s+1\s+jan\p{L}*\.?\s+(?:19|20)\d{2}$/iu.test(m[0]) ? 1 : 0);
  return to >= from && to - from <= 15 ? { from, to } : null;
}

const OPENS = new RegExp(String.raw`\b(?:(?:gaat|gaan|treedt|treden|ging|gingen)\s+in(?:\s+werking)?\s+(?:op|per)|(?:is|zijn)\s+(?:in\s+werking\s+getreden|ingegaan)\s+(?:op|per)|(?:in\s+werking\s+(?:treedt|treden)|ingaat|ingaan)\s+(?:op|per)|ingaande|vanaf|met\s+ingang\s+van)\s+${DAY}${YEAR}`, 'iu');
const ENDS = new RegExp(String.raw`\b(?:geldig|gelden|geldt|loopt|lopen|duurt|duren)\s+(?:\p{L}+\s+){0,2}?tot(\s+en\s+met)?\s+(${DAY})${YEAR}`, 'iu');

/**
 * "gaat in op 1 januari 2026 en is geldig tot 1 januari 2029" → 2026–2028: a start and an end in one sentence;
 * "tot 1 januari" ends the year before, "tot en met" includes it.
 */
function startEnd(sentence: string): Period | null {
  const s = OPENS.exec(sentence);
  const e = ENDS.exec(sentence);
  if (!s || !e) return null;
  const from = Number(s[1]);
  const exclusive = !e[1] && /^1\s+jan/i.test(e[2]!.trim());
  const to = Number(e[3]) - (exclusive ? 1 : 0);
  return to >= from && to - from <= 15 ? { from, to } : null;
}

/** "Deze afspraken gelden voor 2026 en 2027": two following years, in a sentence that states the period. */
function twoYears(sentence: string): Period | null {
  const m = YEAR_AND_YEAR.exec(sentence);
  return m && Number(m[2]) === Number(m[1]) + 1 ? { from: Number(m[1]), to: Number(m[2]) } : null;
}
const YEAR_AND_YEAR = new RegExp(String.raw`\b(?:voor|in|over)\s+${YEAR}\s+en\s+${YEAR}\b`, 'i');

/** "looptijd van vier jaar, vanaf 1 januari 2025" → 2025–2028. */
function duration(sentence: string): Period | null {
  const d = DURATION.exec(sentence);
  const s = START.exec(sentence);
  if (!d || !s) return null;
  const years = COUNT[d[1]!.toLowerCase()] ?? Number(d[1]);
  const from = Number(s[1]);
  return years >= 1 && years <= 15 ? { from, to: from + years - 1 } : null;
}

/**
 * Reads the period: a range in the title, a sentence that states it ("gelden van … tot en met …", "looptijd"),
 * a range in the opening lines, or a single year in the title ("Prestatieafspraken 2026" → 2026–2026).
 */
export function findPeriod(title: string, head: readonly string[], text: string): Period {
  const fromTitle = range(title);
  // "Woonafspraken regio Twente 2026-2030 met lokale uitwerking Borne 2026-2029": two periods in the title; the
  // text says which one these agreements run.
  const titleRanges = new Set([...title.matchAll(RANGES)].map((m) => `${m[1]}-${m[2]}`));
  // "Addendum 2026 op de Prestatieafspraken Ermelo 2024-2027": the title names the agreements it changes; the text
  // says how long the addendum runs.
  const amends = /\b(?:addendum|wijziging|aanvulling|herziening)\b/i.test(title);
  if (fromTitle && titleRanges.size <= 1 && !amends) return fromTitle;
  const sentences = text.split(/(?<=[.!?])\s+|\n/).filter((s) => s.length < 400);
  const strong = sentences.filter((s) => STRONG_WORDS.test(s));
  for (const s of strong) {
    const found = range(s) ?? duration(s) ?? startEnd(s) ?? twoYears(s);
    if (found) return found;
  }
  if (fromTitle) return fromTitle;
  // A start and an end in a sentence wrapped over lines ("… is ingegaan op 1 januari 2025 en is" / "geldig tot 1
  // januari 2029.").
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (!paragraph.includes('\n')) continue;
    for (const s of paragraph.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?])\s+/)) {
      const found = s.length < 400 ? startEnd(s) : null;
      if (found) return found;
    }
  }
  for (const s of strong) {
    const m = FOR_YEAR.exec(s);
    if (m) return { from: Number(m[1]), to: Number(m[1]) };
  }
  for (const line of head) {
    const found = range(line);
    if (found) return found;
  }
  for (const s of sentences.filter((x) => WEAK_WORDS.test(x))) {
    const found = range(s);
    if (found) return found;
  }
  const years = [...title.matchAll(SINGLE_YEAR)].map((m) => Number(m[1]));
  if (new Set(years).size === 1) return { from: years[0]!, to: years[0]! };
  return { from: null, to: null };
}
