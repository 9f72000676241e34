/** The municipality a document belongs to: "gemeente X" on the cover, "Prestatieafspraken X", or the body's most named. */
import { escapeRegExp, isParticle, nameCase } from '../names.js';
import { canonicalMunicipality, knownMunicipalityAt } from './municipality-names.js';

const NAME_WORD = /^[\p{L}'’.-]+$/u;
/** Words that follow "gemeente" or "Prestatieafspraken" without being a place. */
const NOT_A_PLACE =
  /^(?:prestatieafspraken|actieprogramma|woningcorporaties?|corporaties?|huurders\w*|en|volkshuisvesting|wonen|woningbouw|sociale|huur|samen|tussen|van|met|voor|jaarschijf|jaarafspraken|afspraken|deel|algemeen|raad|college|bestuur|organisatie|gemeenten|woonvisie|thema|bijlage|concept|definitief|versie|de|het|een|inhoud|inhoudsopgave|gezamenlijk|lokale?|regionale?|stadsbrede|er|dit|deze|wij|we)$/i;

/**
 * Reads the place name after a keyword: a listed municipality whole ("Peel en Maas"), else the capitalised words
 * up to a year, punctuation, a lowercase word or "en".
 */
function placeAfter(rest: string): string | null {
  const known = knownMunicipalityAt(rest);
  if (known) return known.name;
  const words: string[] = [];
  for (const w of rest.split(/[\n\t,:;()]/)[0]!.trim().split(/\s+/)) {
    if (!NAME_WORD.test(w) || /^\d/.test(w)) break;
    const isCap = /^\p{Lu}/u.test(w) || /^['’]s-/.test(w);
    if (!isCap && !(words.length > 0 && isParticle(w))) break;
    // A fully capitalised line ("GEMEENTE ZWOLLE ACTIEPROGRAMMA") has no case signal; stop at known words.
    if (NOT_A_PLACE.test(w.replace(/[.’']+$/, ''))) break;
    words.push(w.replace(/[.]+$/, ''));
    if (words.length >= 4) break;
  }
  while (words.length > 0 && isParticle(words[words.length - 1]!)) words.pop();
  return words.length > 0 ? (canonicalMunicipality(words.join(' ')) ?? nameCase(words.join(' '))) : null;
}

function firstAfter(text: string, keyword: RegExp): string | null {
  for (const m of text.matchAll(keyword)) {
    const place = placeAfter(text.slice(m.index + m[0].length));
    if (place) return place;
  }
  return null;
}

/** The municipality, or null when the document names none (the caller then asks for --municipality). */
export function findMunicipality(head: readonly string[], fullText: string): string | null {
  const top = head.join('\n');
  const fromGemeente = firstAfter(top, /\bgemeente\s+/gi);
  if (fromGemeente) return fromGemeente;
  // On the title's own line: "Prestatieafspraken 2026-2027" above "Er is getekend!" names no place.
  const fromTitle = firstAfter(top, /\b(?:prestatie|jaar)?afspraken(?:[ \t]+(?:19|20)\d{2}(?:[ \t]*(?:-|–|t\/m)[ \t]*(?:19|20)\d{2})?)?[ \t]+(?!\d)/gi);
  // A title word is a place only when the document names it again ("Prestatieafspraken Volkshuisvesting" is not).
  if (fromTitle && (fullText.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(fromTitle)}(?![\\p{L}])`, 'giu'))?.length ?? 0) >= 2) return fromTitle;
  // Fall back on the most frequent "gemeente X" in the body.
  const counts = new Map<string, number>();
  for (const m of fullText.matchAll(/\b[Gg]emeente\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:op|aan|den|de|in)\s+\p{Lu}[\p{L}-]+)?)/gu)) {
    const place = knownMunicipalityAt(fullText.slice(m.index + m[0].length - m[1]!.length))?.name ?? m[1]!;
    if (NOT_A_PLACE.test(place)) continue;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? nameCase(best[0]) : null;
}
