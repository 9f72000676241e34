/** Text normalisation shared by indexing and querying: case, diacritics, Dutch abbreviations. */

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/\bt\s*\/\s*m\b/g, ' tot en met '],
  [/\bm\.b\.t\.\s*/g, 'met betrekking tot '],
  [/\bi\.s\.m\.\s*/g, 'in samenwerking met '],
  [/\bo\.a\.\s*/g, 'onder andere '],
  [/\bz\.s\.m\.\s*/g, 'zo snel mogelijk '],
  [/\bm\.n\.\s*/g, 'met name '],
  [/\bt\.b\.v\.\s*/g, 'ten behoeve van '],
  [/\bi\.p\.v\.\s*/g, 'in plaats van '],
];

/** Lower case, strip diacritics ("á" → "a", "geïsoleerd" → "geisoleerd"), expand "t/m" and similar. */
export function normaliseText(text: string): string {
  // A question is normalised by several steps of its analysis; short texts are remembered (a pure function).
  if (text.length > SHORT_TEXT) return normalise(text);
  let t = recent.get(text);
  if (t === undefined) {
    if (recent.size >= RECENT_MAX) recent.clear();
    t = normalise(text);
    recent.set(text, t);
  }
  return t;
}

const SHORT_TEXT = 400;
const RECENT_MAX = 2000;
const recent = new Map<string, string>();

function normalise(text: string): string {
  // A footnote mark glued to a word ("tocht¹") is no part of it.
  let t = text.replace(/(?<=\p{L})[\u00b9\u00b2\u00b3\u2070-\u2079]+/gu, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  t = t.replace(/[\u2018\u2019\u201a\u201b\u00b4`]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  for (const [re, to] of REPLACEMENTS) t = t.replace(re, to);
  t = t.replace(/%/g, ' procent ');
  return t;
}

/** Strips markup left by document readers (`<p>`, `<u>40</u>`, `**bold**`). */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?(p|li|ul|ol|br|div|tr|td|th)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

export interface RawToken {
  /** Normalised word ("huurwoningen", "2026", "30%"). */
  word: string;
  /** Parts of a hyphenated word ("woon-zorgvisie" → ["woon", "zorgvisie"]). */
  hyphenParts?: string[];
}

/** Splits normalised text into words and numbers; hyphenated words keep their parts. */
export function tokenize(normalised: string): RawToken[] {
  const out: RawToken[] = [];
  const re = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;
  for (const m of normalised.matchAll(re)) {
    const raw = m[0];
    if (raw.includes('-') || raw.includes("'")) {
      const parts = raw.split(/[-']/).filter(Boolean);
      // "'s" and "'en" are Dutch plural/genitive endings: drop them ("huurder's" → "huurder").
      if (raw.includes("'") && parts.length === 2 && /^(s|en|tje|tjes)$/.test(parts[1]!)) {
        out.push({ word: parts[0]! });
        continue;
      }
      out.push({ word: parts.join(''), hyphenParts: parts });
    } else {
      out.push({ word: raw });
    }
  }
  return out;
}
