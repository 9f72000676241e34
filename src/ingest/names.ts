/** Small text helpers for names: regular-expression escaping and the casing of place names. */

const PARTICLES = new Set(['aan', 'op', 'de', 'den', 'der', 'en', 'in', 'van', 'ter', 'bij']);

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True for the small words inside a place name ("Alphen aan den Rijn"). */
export const isParticle = (w: string) => PARTICLES.has(w.toLowerCase());

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

/** Collapses whitespace and strips emphasis marks. */
export const tidySpaces = (s: string) => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

/** A brand written with a small first letter and a capital inside ("deltaWonen", "woonFriesland"): still a name. */
export const CAMEL_BRAND = /^\p{Ll}+\p{Lu}[\p{L}\d]*/u;
/** A brand in small letters with its trade word ("l'escaut woonservice", "thuis wonen"): still a name. */
export const LOWER_BRAND = /^(?:[ld]['’])?\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s+(?:woonservice|wonen|woondiensten|woningbouw|woonstichting|woongroep)$/u;
/** Starts like a name: a capital, a digit or a camel-case brand, or is a small-letter brand. */
export const startsName = (s: string) => /^[\p{Lu}\d]/u.test(s) || CAMEL_BRAND.test(s) || LOWER_BRAND.test(s.trim());
