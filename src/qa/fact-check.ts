import { normaliseText } from './analysis/normalise.js';

/** Text as whole lower-case words, accents and punctuation gone, for "does this name occur there?". */
const words = (s: string) => ` ${normaliseText(s).replace(/[^a-z0-9%]+/g, ' ').trim()} `;

/** Numbers as written ("1.200", "22", "30%", "2,5") in one form: digits with a decimal point. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
    const raw = m[0];
    // "1.200" and "1.200.000" group thousands; "2,5" and "2.5" are decimals.
    const grouped = /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : raw.replace(',', '.');
    return grouped.replace(/^0+(?=\d)/, '');
  });
}

/** Capitalised words that are not organisation names. */
const NOT_NAMES = new Set('januari februari maart april mei juni juli augustus september oktober november december kwartaal wet nederland rijk'.split(' '));
const ORGANISATION_LIKE = /(wonen|woon|huis|stichting|corporatie|groep|bouw|vereniging|raad|platform|stede|thuis|partners|alliantie|borg)/i;

/**
 * The first number, percentage, year or organisation name in a model answer that the cited passages do
 * not contain, or null when everything is supported. `organisations` are the parties the documents
 * name; an organisation-like name the documents never name counts too.
 */
export function unsupportedFact(answer: string, cited: Array<{ title: string; passages: string[]; municipality: string }>, organisations: string[]): string | null {
  const source = cited.map((h) => `${h.title}\n${h.passages.join('\n')}`).join('\n');
  const sourceNumbers = new Set(numbersIn(source));
  for (const n of numbersIn(answer)) if (!sourceNumbers.has(n)) return n;
  const sourceWords = words(`${source} ${cited.map((h) => h.municipality).join(' ')}`);
  const answerWords = words(answer);
  for (const org of organisations) {
    const w = words(org);
    if (w.trim().length >= 3 && answerWords.includes(w) && !sourceWords.includes(w)) return org;
  }
  // Capitalised names inside sentences that look like organisations ("Woonbedrijf Oost", "WBO").
  for (const m of answer.matchAll(/(?<=[a-z0-9,;:)]\s+)((?:[A-Z][\p{L}0-9&-]*\s?){1,4})/gu)) {
    const name = m[1]!.trim();
    if (NOT_NAMES.has(name.toLowerCase())) continue;
    if (!(ORGANISATION_LIKE.test(name) || /^[A-Z0-9]{2,6}$/.test(name) || name.includes(' '))) continue;
    if (!sourceWords.includes(words(name))) return name;
  }
  return null;
}
