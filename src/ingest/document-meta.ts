/** Document-level facts from the cover and title: municipality, title, period and action year. */

export interface DocumentMeta {
  municipality: string;
  title: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
}

const RANGE = /\b((?:19|20)\d{2})\s*(?:t\/m|t\.m\.|tot en met|tot|-|–|—)\s*((?:19|20)\d{2})\b/i;
const ACTION_YEAR =
  /\b(?:actieprogramma|jaarschijf|werkagenda|jaarplan|jaarprogramma|uitvoeringsagenda|uitvoeringsprogramma|jaarafspraken|actieplan|jaarafspraak)\s+((?:19|20)\d{2})\b/i;
const NAME_WORD = /^[\p{L}'’.-]+$/u;
const PARTICLES = new Set(['aan', 'op', 'de', 'den', 'der', 'en', 'in', 'van', 'ter', 'bij']);

/** "ZWOLLE" → "Zwolle", "den haag" → "Den Haag"; keeps "'s-Hertogenbosch" as is. */
export function nameCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      if (w !== w.toUpperCase() && w !== lower) return w;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

/** Reads the municipality name following "gemeente" (stopping at years, punctuation and lowercase words). */
function municipalityAfter(text: string, keyword: RegExp): string | null {
  const m = keyword.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length).split(/[\n\t,:;()]/)[0] ?? '';
  const words: string[] = [];
  for (const w of rest.trim().split(/\s+/)) {
    if (!NAME_WORD.test(w) || /^\d/.test(w)) break;
    const isCap = /^\p{Lu}/u.test(w) || /^'s-/.test(w);
    if (!isCap && !(words.length > 0 && PARTICLES.has(w.toLowerCase()))) break;
    // A fully capitalised line ("GEMEENTE ZWOLLE ACTIEPROGRAMMA") has no case signal; stop at known words.
    if (/^(prestatieafspraken|actieprogramma|woningcorporaties?|huurders\w*|en)$/i.test(w)) break;
    words.push(w);
    if (words.length >= 4) break;
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.length > 0 ? nameCase(words.join(' ')) : null;
}

function findMunicipality(headLines: string[], fullText: string): string | null {
  const head = headLines.join('\n');
  const fromGemeente = municipalityAfter(head, /\bgemeente\s+/i);
  if (fromGemeente) return fromGemeente;
  const fromTitle = municipalityAfter(head, /\bprestatieafspraken\s+(?!\d)/i);
  if (fromTitle && !/^gemeente$/i.test(fromTitle)) return fromTitle;
  // Fall back on the most frequent "gemeente X" in the body.
  const counts = new Map<string, number>();
  for (const m of fullText.matchAll(/\bgemeente\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:op|aan|den)\s+\p{Lu}[\p{L}-]+)?)/gu)) {
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? nameCase(best[0]) : null;
}

function tidyTitle(line: string, municipality: string): string {
  let t = line.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) {
    t = t.charAt(0) + t.slice(1).toLowerCase();
    t = t.replace(/\bt\/m\b/gi, 't/m').replace(/\bgemeente\b/g, 'Gemeente');
    if (municipality) t = t.replace(new RegExp(`\\b${escapeRegExp(municipality)}\\b`, 'i'), municipality);
  }
  return t;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Extracts municipality, title, period and action year from the first lines of the document. */
export function extractMeta(lines: readonly string[], opts: { sourceName: string; municipalityHint?: string }): DocumentMeta {
  const headLines = lines.map((l) => l.trim().replace(/^#{1,6}\s+/, '')).filter((l) => l.length > 0 && !l.includes('\t')).slice(0, 12);
  const municipality = opts.municipalityHint ?? findMunicipality(headLines, lines.join('\n')) ?? '';
  const head = headLines.join('\n');
  const range = RANGE.exec(head);
  const from = range ? Number(range[1]) : null;
  const to = range ? Number(range[2]) : null;
  const validRange = from !== null && to !== null && to > from && to - from <= 15;
  const action = ACTION_YEAR.exec(head.slice(0, 1500)) ?? ACTION_YEAR.exec(opts.sourceName.replace(/[-_]+/g, ' '));
  const actionYear = action ? Number(action[1]) : null;

  const first = headLines[0] ?? opts.sourceName;
  let title = tidyTitle(first, municipality);
  const actionLine = headLines.slice(1, 4).find((l) => ACTION_YEAR.test(l) && l.length < 60);
  if (actionLine && !ACTION_YEAR.test(first)) title = `${title} – ${tidyTitle(actionLine, municipality)}`;
  return {
    municipality,
    title,
    period: validRange ? { from, to } : { from: null, to: null },
    actionYear,
  };
}
