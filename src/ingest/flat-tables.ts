/**
 * A table flattened by text extraction: every cell on a line of its own ("Nr." / "Actie" / "Trekker" / "Gereed",
 * then "A1" / "Huurverhoging" / "De huurverhoging … " / "Woonwenz" / "juli 2026"). Rebuilt into tab-separated
 * rows so the table layout reads it like any other table: the number starts a row, the short lines at its end
 * fill the columns after the text column, the lines before them are the text (wrapped lines joined).
 */
import type { Block } from './blocks.js';
import { matchTableHeader } from './table-columns.js';

/** A cell that holds only an agreement number: "A1", "3", "2.4", "Actie 7". */
const NUMBER_ONLY = /^(?:[A-Z]{1,2}\s?\d{1,3}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|(?:actie|afspraak|nr\.?)\s+[A-Z]?\d{1,3}(?:\.\d{1,2})*)$/i;
const MAX_HEADER = 7;
const shortLine = (b: Block) => !b.cells && b.text.length <= 60;

/** The header run starting at i: consecutive short lines that name columns, the first a number column. */
function headerAt(blocks: readonly Block[], i: number): { roles: ReturnType<typeof matchTableHeader>; length: number } | null {
  for (let n = MAX_HEADER; n >= 3; n--) {
    const run = blocks.slice(i, i + n);
    // The header ends where the first row's number stands.
    if (run.slice(1).some((b) => NUMBER_ONLY.test(b.text))) continue;
    if (run.length < n || !run.every(shortLine) || run.slice(0, -1).some((b) => b.blankAfter)) continue;
    const roles = matchTableHeader(run.map((b) => b.text));
    if (roles && roles[0] === 'number') return { roles, length: n };
  }
  return null;
}

/** Joins one record's lines into the cells of a row with `columns` columns; null when they do not fit. */
function toCells(lines: readonly string[], columns: number, textColumn: number): string[] | null {
  const after = columns - textColumn - 1;
  const before = textColumn - 1;
  if (lines.length < 1 + before + 1 + after) return null;
  const tail = lines.slice(lines.length - after);
  // Trailing cells are short: a party, a date, a status; a long or full-stopped line is still text.
  if (tail.some((l) => l.length > 60 || /[.;]$/.test(l))) return null;
  const text = lines.slice(1 + before, lines.length - after);
  const cells = [lines[0]!, ...lines.slice(1, 1 + before), '', ...tail];
  // A title line of its own stays a line of its own inside the cell.
  cells[textColumn] = text.length > 1 && text[0]!.length <= 80 && !/[.;:]$/.test(text[0]!) ? `<p>${text[0]}</p><p>${text.slice(1).join(' ')}</p>` : text.join(' ');
  return cells;
}

/** Rebuilds flattened tables in the body; other blocks are kept as they are. */
export function rebuildFlatTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const header = blocks[i]!.cells ? null : headerAt(blocks, i);
    if (!header || !NUMBER_ONLY.test(blocks[i + header.length]?.text ?? '')) {
      out.push(blocks[i]!);
      continue;
    }
    const roles = header.roles!;
    const textColumn = Math.max(1, roles.indexOf('multi'));
    const headerBlocks = blocks.slice(i, i + header.length);
    const rows: Block[] = [{ ...headerBlocks[0]!, cells: headerBlocks.map((b) => b.text), text: headerBlocks.map((b) => b.text).join('\t'), raw: headerBlocks.map((b) => b.text).join('\t') }];
    let j = i + header.length;
    while (j < blocks.length && NUMBER_ONLY.test(blocks[j]!.text) && !blocks[j]!.cells) {
      const start = j;
      const lines = [blocks[j]!.text];
      j++;
      // The record runs to the next number, a blank line before a heading, or a new header.
      while (j < blocks.length && !blocks[j]!.cells && !NUMBER_ONLY.test(blocks[j]!.text) && !(blocks[j - 1]!.blankAfter && (blocks[j]!.level > 0 || headerAt(blocks, j)))) {
        if (blocks[j - 1]!.blankAfter && lines.length >= roles.length) break;
        lines.push(blocks[j]!.text);
        j++;
      }
      const cells = toCells(lines, roles.length, textColumn);
      if (!cells) {
        j = start;
        break;
      }
      rows.push({ ...blocks[start]!, cells, text: cells.join('\t'), raw: cells.join('\t'), blankAfter: blocks[j - 1]!.blankAfter });
    }
    if (rows.length < 2) {
      out.push(blocks[i]!);
      continue;
    }
    out.push(...rows);
    i = j - 1;
  }
  return out;
}
