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
 * becomes a blank line. Only where such labels recur: a lone "Afspraak" once is a heading. A small two-column
 * table per agreement ("Nummer | 1.1", "Afspraak | …", "Trekker | …"), as Word exports it, reads the same way.
 */

/** The fields a box and a table per agreement share: what, why, who, when and how it is measured. */
const FIELDS = String.raw`doel(?:stelling)?|afspraak|actie|maatregel|prestatie|resultaat|trekker|kartrekker|eigenaar|verantwoordelijke?|regie|wie|betrokken(?:\s+partijen)?|partners?|termijn|planning|wanneer|indicator|toelichting|status`;
/** Field labels of a box, on a line of their own; a box may also give the costs. */
const FIELD_LABEL = new RegExp(String.raw`^\s*\**\s*(${FIELDS}|meetbaar\s+resultaat|kosten|budget)\s*\**\s*:?\s*\**\s*$`, 'i');
/** The label cell of a small two-column table per agreement ("Nummer | 1.1", "Trekker | Vivare"), which also numbers it. */
const ROW_LABEL = new RegExp(String.raw`^\s*\**\s*(nummer|nr\.?|onderwerp|titel|gereed|${FIELDS})\s*\**\s*:?\s*$`, 'i');

/** A rule drawn with underscores or box lines (dashes are Markdown's). */
const RULE = /^\s*[_─━═]{5,}\s*$/;
/** A box needs at least this many label lines before labels on their own lines are read as fields. */
const MIN_LABEL_LINES = 3;

/** The label and value of a two-cell row whose first cell is a field label and whose second is none. */
function labelRow(line: string): { label: string; value: string } | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length !== 2 || !ROW_LABEL.test(cells[0]!) || ROW_LABEL.test(cells[1]!)) return null;
  return { label: ROW_LABEL.exec(cells[0]!)![1]!, value: cells[1]! };
}

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
  // A table per agreement: "Nummer | 1.1" / "Afspraak | …" / "Trekker | …" read as the same fields.
  const labelRows = lines.map(labelRow);
  const found = labelRows.filter((r) => r !== null);
  const rows = new Set(found.map((r) => r.label.toLowerCase())).size >= 3 && found.length >= MIN_LABEL_LINES * 2;
  if (!boxes && !rows && !lines.some((l) => RULE.test(l))) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const row = rows ? labelRows[i] : null;
    if (RULE.test(line)) out.push('');
    else if (row) out.push(`${row.label[0]!.toUpperCase()}${row.label.slice(1)}: ${row.value}`);
    else if (boxes && labelled(i)) {
      const label = FIELD_LABEL.exec(line)![1]!;
      out.push(`${label[0]!.toUpperCase()}${label.slice(1)}: ${lines[++i]!.trim()}`);
    } else out.push(line);
  }
  return out;
}
