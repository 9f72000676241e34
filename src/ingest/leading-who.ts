/**
 * "1.1 (Heidezoom, Kersbergen) Nieuwbouw: …", "4.4 (allen) Woonzorgvisie", "S1  Vestingfonds (gemeente en Merwehoven)":
 * some documents say who acts in brackets, right after an agreement's number or after its title, with short names or
 * group words. The brackets name the responsible parties and are no part of the title or the text.
 */

/** Group words a bracket may hold instead of names ("corporaties", "huurders", "allen"). */
const GROUP = /^(?:de\s+)?(?:gemeente|gem\.|(?:woning)?corporaties?|huurders(?:organisaties?)?|allen|alle\s+partijen|partijen|iedereen)$/i;
/** A name of at most four words, each capitalised but for its particles; no figures ("(Thema 2)" is no name). */
const NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:de|het|van|der|den)\s+)*\p{Lu}[\p{L}'’&.-]*){0,3}$/u;
const LEADING = /^\(([^()]{2,80})\)\s+(?=\S)/;

/** The bracketed parties at the start of an agreement's first line and the line after them; null without such brackets. */
export function splitLeadingWho(rest: string): { who: string; rest: string } | null {
  const m = LEADING.exec(rest);
  if (!m) return null;
  const items = m[1]!.split(/\s*[,/+]\s*|\s+en\s+/).map((s) => s.trim()).filter(Boolean);
  if (items.length === 0 || !items.every((item) => GROUP.test(item) || NAME.test(item))) return null;
  return { who: m[1]!.trim(), rest: rest.slice(m[0].length) };
}

const TRAILING = /^(.*\S)\s+\(([^()]{2,80})\)$/;

/**
 * "Vestingfonds (gemeente en Merwehoven)": who acts, in brackets after an agreement's title. Only when every item
 * in the brackets is one of the document's parties or a group word (`isParty` decides), so "Nieuwbouw (Centrum)"
 * keeps its place.
 */
export function splitTrailingWho(title: string, isParty: (item: string) => boolean): { who: string; title: string } | null {
  const m = TRAILING.exec(title.trim());
  if (!m) return null;
  const items = m[2]!.split(/\s*[,/+]\s*|\s+en\s+/).map((s) => s.trim()).filter(Boolean);
  if (items.length === 0 || !items.every((item) => GROUP.test(item) || (NAME.test(item) && isParty(item)))) return null;
  return { who: m[2]!.trim(), title: m[1]! };
}
