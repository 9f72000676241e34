/** Theme headings in running text: a short capitalised line, a sub-heading under a theme, a generic chapter. */
import type { Block } from '../blocks.js';
import { isHeadingLike, isQuestionHeading } from '../headings.js';
import { RESPONSIBLE_LABEL } from '../responsible-parties.js';

/** A chapter that only says it holds the agreements; the themes inside it name them. */
export const GENERIC_CHAPTER =
  /^(?:(?:de\s+|onze\s+)?(?:(?:prestatie|kern|werk|jaar)?afspraken|acties|actiepunten|maatregelen)(?:\s+(?:per\s+(?:thema|onderwerp)|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?))?|dit\s+(?:spreken|hebben)\s+(?:we|wij)\s+(?:af|afgesproken)|wat\s+(?:spreken|hebben)\s+(?:we|wij)\s+(?:af|afgesproken)\??|wat\s+(?:we|wij)\s+(?:samen\s+)?(?:afspraken|hebben\s+afgesproken))$/i;

/**
 * A theme heading: a short capitalised line after a blank line, followed by a blank line or by text that starts
 * a new sentence or item (a PDF keeps no blank line after a heading).
 */
export function isThemeHeading(block: Block, t: string, next: Block | undefined): boolean {
  // "Tabel 1b Opgave Rijsoord", "Figuur 2": a caption, not a theme.
  if (!isHeadingLike(t) || RESPONSIBLE_LABEL.test(t) || /^(?:tabel|figuur|grafiek|kaart|bron)\s+\d/i.test(t)) return false;
  const short = t.split(/\s+/).length <= 4;
  // Between two lists: "Bestaande voorraad" right after the last bullet of "Nieuwbouw".
  if (!block.blankBefore) return short && !!next && LIST_MARK.test(next.text) && !LIST_MARK.test(t);
  if (block.blankAfter) return true;
  return short && !!next && !next.cells && /^[\p{Lu}\d•*–-]/u.test(next.text) && !isHeadingLike(next.text);
}

const LIST_MARK = /^(?:[•●▪◦*–-]|\d{1,3}[.)])\s/;

/**
 * A heading below the theme: a deeper Markdown level, or (in plain text) a heading with no blank line after it
 * and a list right below, under a theme heading that did stand on its own.
 */
export function isSubHeading(block: Block, next: Block | undefined, theme: Block): boolean {
  if (block.level > 0 && theme.level > 0) return block.level > theme.level;
  return block.level === 0 && theme.level === 0 && theme.blankAfter && !block.blankAfter && !!next && LIST_MARK.test(next.text);
}

/** Headings put as questions, each on a line of its own. */
export function countQuestionHeadings(blocks: readonly Block[]): number {
  return blocks.filter((b) => !b.cells && (b.level > 0 || b.blankBefore) && isQuestionHeading(b.text)).length;
}

/**
 * "Samenwerking" – intro – "Hoe gaan we dit samen doen?": one question below a named theme asks how, and the theme
 * stays. A document with several question headings is ordered by them: each is a theme.
 */
export function isQuestionSubHeading(title: string, theme: string | null, questionHeadings: number): boolean {
  return questionHeadings < 2 && theme !== null && !isQuestionHeading(theme) && isQuestionHeading(title);
}
