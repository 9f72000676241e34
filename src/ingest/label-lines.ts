/**
 * Boxed agreements ("kaders") as a PDF gives them: each field's label on a line of its own, its value below,
 * the box drawn with a rule of underscores:
 *
 *   ____________________
 *   Doel
 *   Meer sociale huurwoningen in de kernen.
 *   Afspraak
 *   Viverion bouwt in 2026 en 2027 samen 64 sociale huurwoningen.
 *   Trekker
 *   Viverion
 *
 * The label joins its value ("Trekker: Viverion"), as the layouts read fields written on one line, and a rule
 * becomes a blank line. Only where such labels recur: a lone "Afspraak" once is a heading.
 */

/** Field labels of a box: what, why, who, when and how it is measured. */
const FIELD_LABEL =
  /^\s*\**\s*(doel(?:stelling)?|afspraak|actie|maatregel|prestatie|resultaat|trekker|kartrekker|eigenaar|verantwoordelijke?|regie|wie|betrokken(?:\s+partijen)?|partners?|termijn|planning|wanneer|indicator|meetbaar\s+resultaat|toelichting|kosten|budget|status)\s*\**\s*:?\s*\**\s*$/i;
/** A rule drawn with underscores or box lines (dashes are Markdown's). */
const RULE = /^\s*[_─━═]{5,}\s*$/;
/** A box needs at least this many label lines before labels on their own lines are read as fields. */
const MIN_LABEL_LINES = 3;

export function joinLabelLines(lines: readonly string[]): string[] {
  const labelled = (i: number) => FIELD_LABEL.test(lines[i]!) && !!lines[i + 1]?.trim() && !FIELD_LABEL.test(lines[i + 1]!);
  let count = 0;
  const kinds = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!labelled(i)) continue;
    count++;
    kinds.add(FIELD_LABEL.exec(lines[i]!)![1]!.toLowerCase());
  }
  const boxes = count >= MIN_LABEL_LINES && kinds.size >= 2;
  if (!boxes && !lines.some((l) => RULE.test(l))) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE.test(line)) out.push('');
    else if (boxes && labelled(i)) {
      const label = FIELD_LABEL.exec(line)![1]!;
      out.push(`${label[0]!.toUpperCase()}${label.slice(1)}: ${lines[++i]!.trim()}`);
    } else out.push(line);
  }
  return out;
}
