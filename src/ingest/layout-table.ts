/**
 * Tables in text laid out with spaces, as `pdftotext -layout` and fixed-width exports print them:
 *
 *   Nr.    Wat gaan we doen                      Trekker     Planning
 *   A.1    Weller en Woonpunt leveren in 2026    WEL / WPT   Q4 2026
 *          samen 134 sociale huurwoningen op.
 *
 * From a header row that names agreement columns, every line whose pieces start where the header's columns
 * start becomes a tab-separated row (a wrapped line has an empty first cell), so the table layouts read it as
 * they read a Word or PDF table. Lines that do not fit the columns (headings, prose, page headers) stay as
 * they are; a short line in capitals between the rows is a theme row.
 */
import { escapeCellText, joinHyphenated } from './html-text.js';
import { matchTableHeader } from './table-columns.js';

interface Piece {
  at: number;
  text: string;
}

/** The pieces of a line separated by two or more spaces, with where each starts. */
function piecesOf(line: string): Piece[] {
  const out: Piece[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ at: m.index, text: m[0] });
  return out;
}

/** Lines that repeat on many pages (running headers and footers, page numbers) are never table rows. */
function repeatedShapes(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const s = shapeOf(l);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([s]) => s));
}
const shapeOf = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** "Partij   Namens   Handtekening": a table of the parties, read as rows too. */
const PARTY_HEADER = /^(?:partij(?:en)?|organisatie|ondertekenaar)$/i;

const SEPARATOR = /^\s*[-=_─━]{5,}\s*$/;
const TOLERANCE = 1;

/** The cells of a line under these column starts, or null when a piece starts between columns. */
function cellsUnder(pieces: readonly Piece[], starts: readonly number[]): string[] | null {
  const cells = starts.map(() => '');
  for (const p of pieces) {
    const col = starts.findIndex((s) => Math.abs(p.at - s) <= TOLERANCE);
    if (col < 0) return null;
    cells[col] = cells[col] ? `${cells[col]} ${p.text}` : p.text;
  }
  return cells;
}

/** Joins a cell's wrapped lines: a word broken with a hyphen is one word again. */
const joinWrapped = (a: string, b: string) => (a && b ? joinHyphenated(`${a} ${b}`) : a || b);

/** A row being read over its wrapped lines: the text column keeps a title line apart ("Nieuwbouw" / "Sité bouwt …"). */
class PendingRow {
  private readonly lines: string[][] = [];
  constructor(private readonly textColumn: number) {}
  add(cells: string[]): void {
    this.lines.push(cells);
  }
  get empty(): boolean {
    return this.lines.length === 0;
  }
  /**
   * A line below a blank line that continues this row: its text starts in lower case, or the row's text stopped
   * mid-sentence (a row split by a page break). Without text of its own it continues the other columns.
   */
  runsOn(cells: readonly string[]): boolean {
    const next = cells[this.textColumn] ?? '';
    const last = this.lines.map((l) => l[this.textColumn] ?? '').filter(Boolean).at(-1) ?? '';
    return !next || /^\p{Ll}/u.test(next) || (last !== '' && !/[.!?:;)]$/.test(last));
  }
  toRow(): string {
    const width = Math.max(...this.lines.map((l) => l.length));
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const parts = this.lines.map((l) => l[c] ?? '').filter(Boolean);
      if (c !== this.textColumn || parts.length < 2) {
        out.push(parts.reduce(joinWrapped, ''));
        continue;
      }
      // A first line without end punctuation followed by a capital is a title of its own.
      const [first, ...rest] = parts;
      const titled = !/[.,;:]$/.test(first!) && /^\p{Lu}/u.test(rest[0]!) && first!.length <= 80;
      const body = rest.reduce(joinWrapped, '');
      out.push(titled ? `${escapeCellText(first!)}<br>${escapeCellText(body)}` : joinWrapped(first!, body));
    }
    return out.join('\t');
  }
}

/**
 * Whether a line opens a new row: a number in the first column of a numbered table; in a table without numbers a
 * first cell that starts a new group ("Betaalbaarheid", not the wrapped "en zorg"), or a blank line above a line
 * that does not run on the row above.
 */
function opensRow(cells: readonly string[], pending: PendingRow, numbered: boolean, afterBlank: boolean): boolean {
  if (numbered) return !!cells[0];
  if (cells[0] && !/^\p{Ll}/u.test(cells[0])) return true;
  return afterBlank && !pending.runsOn(cells);
}

export function layoutTablesToRows(lines: readonly string[]): string[] {
  if (!lines.some((l) => / {3,}\S/.test(l) && !l.includes('\t'))) return [...lines];
  const repeated = repeatedShapes(lines);
  const out: string[] = [];
  let starts: number[] | null = null;
  let headerShape = '';
  let pending: PendingRow | null = null;
  let textColumn = 1;
  /** Rows open with a number in the first column; without a number column, a blank line sets them apart. */
  let numbered = true;
  let blanks = 0;
  const flush = () => {
    if (pending && !pending.empty) out.push(pending.toRow());
    pending = null;
    for (; blanks > 0; blanks--) out.push('');
  };
  for (const line of lines) {
    if (line.includes('\t') || /^\s*</.test(line)) {
      flush();
      out.push(line);
      continue;
    }
    const pieces = piecesOf(line);
    if (pieces.length >= 3 && pieces.every((p) => p.text.length <= 40) && / {2,}/.test(line.trim())) {
      const header = matchTableHeader(pieces.map((p) => p.text)) ?? (PARTY_HEADER.test(pieces[0]!.text) ? [] : null);
      if (header) {
        const shape = shapeOf(line);
        // The header again over a row that goes on (a page break) is skipped; over new rows it starts a table.
        if (shape !== headerShape || !starts || !pending) {
          flush();
          starts = pieces.map((p) => p.at);
          headerShape = shape;
          textColumn = Math.max(0, header.indexOf('multi'));
          numbered = header.length === 0 || header.includes('number');
          out.push('', pieces.map((p) => p.text).join('\t'));
        }
        continue;
      }
    }
    if (!starts || pieces.length === 0) {
      if (!starts) out.push(line);
      // A blank line inside a numbered table: rows are told apart by their numbers, not by blank lines; it is
      // kept for whatever follows the row. Right below the header of a table without numbers it is dropped: there
      // it would end the table before its rows.
      else if (!pending) {
        if (numbered || !out.at(-1)?.includes('\t')) out.push(line);
      } else blanks++;
      continue;
    }
    if (SEPARATOR.test(line)) continue;
    const shape = shapeOf(line);
    if (shape === headerShape) continue;
    // A running header or footer between the lines of a row (a page break) is left where it is, outside the row.
    if (repeated.has(shape)) {
      out.push(line);
      continue;
    }
    const cells = cellsUnder(pieces, starts);
    // The first column holds a number ("A.1", "4.2", "12"), never a line of prose.
    const firstWidth = (starts[1] ?? Infinity) - starts[0]!;
    if (cells && cells.some(Boolean) && cells[0]!.length < Math.max(firstWidth, 4) && !(cells[0] && cells.slice(1).every((c) => !c))) {
      if (!pending || opensRow(cells, pending, numbered, blanks > 0)) {
        // Between unnumbered rows the blank line only set them apart; kept, it would end the table.
        if (!numbered) blanks = 0;
        flush();
        pending = new PendingRow(textColumn);
      }
      blanks = 0;
      pending!.add(cells);
      continue;
    }
    flush();
    // "A   BESCHIKBAARHEID EN NIEUWBOUW" between the rows: the theme of the rows below.
    const text = pieces.map((p) => p.text).join(' ').replace(/^(?:[A-Z]|\d{1,2})[.)]?\s+(?=\p{Lu}{2})/u, '');
    if (text.length <= 60 && /\p{Lu}{3}/u.test(text) && text === text.toUpperCase()) {
      out.push('', `${text}\t`, '');
      continue;
    }
    out.push(line);
  }
  flush();
  return out;
}
