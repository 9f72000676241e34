/**
 * Tables drawn with ASCII borders (pandoc "grid tables", plain-text exports):
 *
 *   +------+---------------------------+------+
 *   | Nr.  | Wat spreken we af         | Wie  |
 *   +======+===========================+======+
 *   | A1   | Domijn start met de bouw  | DOM  |
 *   |      | van 48 woningen.          |      |
 *   +------+---------------------------+------+
 *
 * Each bordered row becomes one tab-separated line, the pieces of a cell wrapped over several lines joined; the
 * extractor reads it like any other table.
 */

/** "+------+-----+" or "+======+=====+": a border between rows. */
const BORDER = /^\s*\+(?:[-=:]+\+){2,}\s*$/;
const ROW_LINE = /^\s*\|.*\|\s*$/;

/** Where the column separators of a border stand, so a "|" inside a cell's text splits nothing. */
function columnStops(border: string): number[] {
  const stops: number[] = [];
  for (let i = 0; i < border.length; i++) if (border[i] === '+') stops.push(i);
  return stops;
}

/** The text of each column in one line of a row. */
function cellsOf(line: string, stops: readonly number[]): string[] {
  const cells: string[] = [];
  for (let c = 0; c + 1 < stops.length; c++) cells.push(line.slice(stops[c]! + 1, stops[c + 1]!).trim());
  return cells;
}

/** Joins a cell's pieces: a word broken with a hyphen at the line end ("bouw-" / "kosten") is one word again. */
function joinPieces(pieces: readonly string[]): string {
  return pieces
    .filter(Boolean)
    .reduce((text, piece) => (!text ? piece : /\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(piece) ? `${text.slice(0, -1)}${piece}` : `${text} ${piece}`), '');
}

export function gridTablesToRows(lines: readonly string[]): string[] {
  if (!lines.some((l) => BORDER.test(l))) return [...lines];
  const out: string[] = [];
  let stops: number[] | null = null;
  let row: string[][] = [];
  const flush = () => {
    if (row.length) out.push(row.map((pieces) => joinPieces(pieces)).join('\t'));
    row = [];
  };
  for (const line of lines) {
    if (BORDER.test(line)) {
      flush();
      stops = columnStops(line);
      continue;
    }
    if (stops && ROW_LINE.test(line)) {
      const cells = cellsOf(line, stops);
      if (!row.length) row = cells.map(() => []);
      cells.forEach((c, i) => row[i]?.push(c));
      continue;
    }
    // The table ended without a closing border.
    flush();
    stops = null;
    out.push(line);
  }
  flush();
  return out;
}
