/** Derives an agreement's title: the phrase after its number, up to where the running text starts. */
import { escapeRegExp } from './names.js';

/** Capitalised words that start a sentence rather than continue a title. */
const STARTERS = new Set(
  ('De Het Een Dit Deze Die Dat Er Door Bij In Op Om Voor Met Naast Als Na Vanuit Vanaf Sinds Zo Ook Daarnaast ' +
    'Daarbij Hierbij Hiervoor Hiermee Waar Wanneer We Wij Zij Ze Alle Partijen Gemeente Gemeenten Woningcorporaties ' +
    'Corporaties Huurders Huurdersorganisaties Iedere Elke Samen Gezamenlijk Tevens')
    .split(' '),
);
const BULLET = /^[•➤▪◦●■►▶✓\-*]$/;
const MAX_TITLE_WORDS = 14;

const isUpper = (w: string) => /^\p{Lu}/u.test(w);
const isLower = (w: string) => /^\p{Ll}/u.test(w);

function tidy(title: string): string {
  return title
    .replace(/\bt\/m(?=\d)/g, 't/m ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:–-]+$/, '')
    .replace(/\.$/, '')
    .trim();
}

/** Token indexes covered by a known name (party or municipality), so "Gemeente Zwolle" stays whole. */
function nameSpans(tokens: string[], names: readonly string[]): { starts: Set<number>; inside: Set<number> } {
  const starts = new Set<number>();
  const inside = new Set<number>();
  const sorted = [...new Set(names)].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  // "Helmond-Noord" is a place in a title, not the name "Helmond" followed by more.
  const patterns = sorted.map((n) => ({ re: new RegExp(`^${escapeRegExp(n)}(?![\\p{L}\\d-])`, 'u'), len: n.split(/\s+/).length }));
  for (let i = 0; i < Math.min(tokens.length, MAX_TITLE_WORDS + 2); i++) {
    if (inside.has(i)) continue;
    const rest = tokens.slice(i, i + 8).join(' ');
    const hit = patterns.find((p) => p.re.test(rest));
    if (!hit) continue;
    starts.add(i);
    const len = hit.len;
    for (let k = 1; k < len; k++) inside.add(i + k);
  }
  return { starts, inside };
}

/** Where a title written without punctuation ("Verkoop van huurwoningen Woonstede verkoopt ...") ends. */
export function findTitleBreak(flat: string, names: readonly string[]): { title: string; strong: boolean } | null {
  const tokens = flat.split(' ').filter(Boolean);
  const { starts, inside } = nameSpans(tokens, names);
  for (let i = 1; i < Math.min(tokens.length, MAX_TITLE_WORDS + 2); i++) {
    const tok = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1] ?? '';
    const word = tok.replace(/[^\p{L}]/gu, '');
    let strong = false;
    let found = false;
    if (BULLET.test(tok)) found = strong = true;
    else if (inside.has(i)) continue;
    // "Wijkteam Het Lange Land", "Bouwstart De Horst": an article before a capitalised word opens a place's name.
    else if (/^(?:De|Het)$/.test(tok) && isUpper(next) && !STARTERS.has(next.replace(/[^\p{L}]/gu, '')) && !starts.has(i)) continue;
    else if (starts.has(i) || (isUpper(tok) && STARTERS.has(word))) found = strong = true;
    else if (/^\d/.test(tok) && !/^(19|20)\d{2}$/.test(tok) && isLower(prev) && !/^t\/m/.test(prev)) found = true;
    else if (isUpper(tok) && !isUpper(prev) && isLower(next)) found = true;
    if (found) return { title: tidy(tokens.slice(0, i).join(' ')), strong };
  }
  return null;
}

function firstSentence(flat: string): string {
  const m = /^(.+?[.!?])(?:\s+\p{Lu}|\s*$)/u.exec(flat);
  return (m ? m[1]! : flat).trim();
}

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
/** When something happens is not what it is: "in de periode 2025-2028", "in 2026", "in de looptijd", "uiterlijk 1 mei". */
const WHEN = [
  /\s(?:in|tijdens)\s+de\s+(?:periode|jaren)\s+(?:19|20)\d{2}(?:\s*(?:-|–|t\/m|tot en met|en)\s*(?:19|20)\d{2})?/gi,
  new RegExp(String.raw`\s(?:in|vanaf|tot en met|t\/m|uiterlijk|per)\s+(?:(?:eind|begin|medio)\s+)?(?:\d{1,2}\s+${MONTH}\s+)?(?:19|20)\d{2}(?:\s+en\s+(?:19|20)\d{2})?(?![\d-])`, 'gi'),
  /\s(?:in|gedurende)\s+de\s+(?:hele\s+)?looptijd(?:\s+van\s+(?:deze|de)\s+(?:overeenkomst|afspraken|prestatieafspraken))?/gi,
  new RegExp(String.raw`\s(?:uiterlijk|vóór|voor)\s+\d{1,2}\s+${MONTH}(?:\s+(?:van\s+elk\s+jaar|(?:19|20)\d{2}))?`, 'gi'),
];

/** Prepositions that open an adjunct after the object ("… huurverhoging voor zittende huurders tot …"); not "van". */
// "met 48 appartementen", "met de corporatie" mostly say what, with whom: "met" stays.
const ADJUNCT = /^(?:voor|tot|tegen|naar|in|op|aan|bij|uit|over|onder|binnen|vanaf|na|door|om)$/;
/** "zorgt dat … een huur tot … heeft": a subordinate clause ends with its verb, so it is not cut short. */
const SUBORDINATOR = /^(?:dat|of|die|wat|waar|wanneer|als|omdat|zodat|waarin|waarmee)$/;
/** The words of a subject: names, "de gemeente", "de corporaties", joined by "en" or commas. */
const SUBJECT_WORD = /^(?:\p{Lu}\S*|de|het|en|gemeente|corporaties?|huurdersorganisaties?|huurders|partijen)$/u;
/** A clause this long keeps only subject, verb and object: it ends where the first adjunct after the object starts. */
const LONG_CLAUSE_WORDS = 12;

/** "DH en Thús beperken de jaarlijkse huurverhoging voor zittende huurders tot …" → "… beperken de jaarlijkse huurverhoging". */
function withoutAdjuncts(clause: string): string {
  const words = clause.split(' ');
  if (words.length <= LONG_CLAUSE_WORDS) return clause;
  // "… nodig heeft Op de locatie …": a title run into its text is no clause to shorten (an article may open a name).
  if (words.some((w, i) => i > 0 && STARTERS.has(w) && !/^(?:De|Het|Een)$/.test(w) && isLower(words[i - 1]!))) return clause;
  const verb = words.findIndex((w, i) => i > 0 && !SUBJECT_WORD.test(w.replace(/,$/, '')));
  if (verb < 1) return clause;
  // An adjunct right after the verb ("ontwikkelt met DH een wijkaanpak") comes before the object: it stays.
  const adjunct = words.findIndex((w, i) => i >= verb + 4 && ADJUNCT.test(w));
  if (adjunct < 0 || words.slice(verb, adjunct).some((w) => SUBORDINATOR.test(w))) return clause;
  return words.slice(0, adjunct).join(' ');
}

/** A sentence shortened to its main clause: up to a semicolon, colon, dash or first comma, without when it happens. */
export function mainClause(sentence: string): string {
  let s = sentence.replace(/\s*\([^)]*\)/g, '').replace(/[.!?]+$/, '');
  const cut = /;|:\s|\s[–-]\s|,\s/.exec(s);
  if (cut && s.slice(0, cut.index).split(/\s+/).length >= 5) s = s.slice(0, cut.index);
  for (const re of WHEN) s = s.replace(re, '');
  // Own-corpus titles keep "samen", "jaarlijks", "ten minste": only trailing adjuncts go.
  return withoutAdjuncts(s.replace(/\s+/g, ' ').trim());
}

function shorten(sentence: string): string {
  const words = sentence.split(' ');
  if (words.length <= MAX_TITLE_WORDS + 1) return tidy(sentence);
  const clause = sentence.split(/[,:;(]\s*/)[0]!;
  if (clause.split(' ').length <= MAX_TITLE_WORDS + 1 && clause.split(' ').length >= 7) return tidy(clause);
  return `${tidy(words.slice(0, 12).join(' '))} …`;
}

/** Labels before a colon that introduce a field, not a title. */
const COLON_LABELS = /^(?:doel(?:stelling)?|afspraak|afspraken|actie|acties|toelichting|resultaat|inzet|wat|wie|wanneer|planning|status|let op|opmerking|partijen|trekker|regie)$/i;

/**
 * Title rule: a first line of its own (the source kept the title in its own paragraph) wins; a table cell
 * runs title and text together, so cut at the first word that starts a sentence; a numbered paragraph's
 * title is its first sentence (or first clause when long).
 */
export function deriveTitle(source: string, names: readonly string[], layout: 'table' | 'paragraph'): string {
  // "Wij spreken af dat Domesta 96 woningen oplevert": the agreement is what follows "dat".
  const agreed = /^\s*(?:wij|we|partijen|de\s+partijen)\s+(?:spreken|komen)\s+(?:met\s+elkaar\s+)?(?:af|overeen)\s+dat\s+(\S)/iu.exec(source);
  const body = agreed ? agreed[1]!.toUpperCase() + source.slice(agreed[0].length) : source;
  // "**Nieuwbouw.** Marsdiep levert …": a bold run-in heading is the title.
  const runIn = /^\s*(?:\*\*|__)([^*_\n]{2,120}?)[.:]?(?:\*\*|__)[.:]?(?:\s|$)/.exec(body);
  if (runIn) return tidy(runIn[1]!);
  // "Huurverhoging 2026: Welbions en …": a short capitalised phrase before a colon heads the text.
  const colon = /^\s*(\p{Lu}[^.:;\n]{1,60}?):\s+\S/u.exec(body);
  if (colon && colon[1]!.split(/\s+/).length <= 6 && !COLON_LABELS.test(colon[1]!)) return tidy(colon[1]!);
  // "Energiecoaches – Vrijwillige coaches bezoeken …": a short phrase before a dash, with a sentence after it, heads the text.
  const dash = /^\s*(\p{Lu}[^.:;\n–—]{1,60}?)\s+[–—]\s+\p{Lu}\p{Ll}/u.exec(body);
  if (dash && dash[1]!.split(/\s+/).length <= 6) return tidy(dash[1]!);
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const flat = lines.join(' ');
  // A first line of its own is a title when the next line starts a sentence, not when the line merely wrapped.
  if (lines.length > 1 && first.split(' ').length <= MAX_TITLE_WORDS && !/[.:;,]$/.test(first) && !STARTERS.has(first.split(' ')[0]!) && /^[\p{Lu}•·-]/u.test(lines[1]!)) {
    const cut = findTitleBreak(first, names);
    // "Tijdelijke woningen De Schakel": two capitalised words after the cut name a place; a sentence runs on longer.
    const runsOn = cut !== null && first.split(' ').length - cut.title.split(' ').length > 2;
    return cut?.strong && runsOn && !/(?:\sen|,)$/.test(cut.title) ? cut.title : tidy(first);
  }
  const sentence = firstSentence(flat);
  if (layout === 'paragraph') {
    const main = mainClause(sentence);
    if (main.split(' ').length <= MAX_TITLE_WORDS + 4) return tidy(main);
    const cut = findTitleBreak(flat, names);
    const firstWord = flat.split(' ')[0]!.replace(/[^\p{L}]/gu, '');
    // A cut inside a list of names ("Woonstichting Sint Rosa en …") is no title.
    if (cut?.strong && !STARTERS.has(firstWord) && cut.title.split(' ').length <= 10 && !/(?:\sen|,)$/.test(cut.title)) return cut.title;
    return shorten(main);
  }
  const cut = findTitleBreak(flat, names);
  if (cut) return cut.title;
  return shorten(sentence);
}
