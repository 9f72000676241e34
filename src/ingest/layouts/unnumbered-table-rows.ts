/**
 * Agreement tables without numbers ("Doel | Prestatie | Planning | Wie", "Wat | Wie | Wanneer"): every row is an
 * agreement, and every "•" item in its text cell one of its own, numbered in reading order. The rows get a number
 * column and are read as a numbered table; tables without such a header (a signature table) are left out.
 */
import type { Block } from '../blocks.js';
import { CELL_NUMBER } from '../agreement-labels.js';
import { escapeRegExp } from '../names.js';
import { flatten, htmlFragmentToText } from '../html-text.js';
import { matchTableHeader, type ColumnRole } from '../table-columns.js';
import type { Layout } from './layout.js';
import { tableRows } from './table-rows.js';

/** "• HZW start de bouw … • GE levert de grond …": bullets run together in one cell. */
const BULLET = /(?:^|\s)[•●▪]\s+/;

const plain = (cell: string) => flatten(htmlFragmentToText(cell)).trim();

/** The header's roles when it heads an agreement table that numbers nothing: a text column, no number column. */
function unnumberedHeader(cells: readonly string[]): ColumnRole[] | null {
  const roles = matchTableHeader(cells);
  return roles && roles.includes('multi') && !roles.includes('number') ? roles : null;
}

/**
 * A bullet names who does it ("HZW start de bouw …"): of the row's parties ("HZW, GE") it keeps those it names,
 * or all of them when it names none.
 */
function bulletResponsible(cell: string, bullet: string): string {
  const names = plain(cell).split(/\s*(?:,|;|\/|\+|&|\ben\b)\s*/).filter(Boolean);
  const named = names.filter((n) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(bullet));
  return named.length ? named.join(', ') : cell;
}

/** The agreement rows, one per bullet, each with its number in a first column. */
function numberRows(blocks: readonly Block[]): { blocks: Block[]; rows: number; sentences: number } {
  const out: Block[] = [];
  let roles: ColumnRole[] | null = null;
  let n = 0;
  /** Rows whose text is written out (sentences or bullets), not a summary line ("Geen verkoop in de kleine kernen"). */
  let sentences = 0;
  const row = (b: Block, cells: string[]): Block => ({ ...b, raw: cells.join('\t'), text: cells.join('\t'), cells });
  for (const b of blocks) {
    if (!b.cells) {
      out.push(b);
      continue;
    }
    const header = unnumberedHeader(b.cells);
    if (header) {
      roles = header;
      out.push(row(b, ['Nr.', ...b.cells]));
      continue;
    }
    // A new table below a blank line without the header is another table (signatures, figures).
    if (b.blankBefore) roles = null;
    if (!roles) continue;
    const textIdx = roles.indexOf('multi');
    const text = plain(b.cells[textIdx] ?? '');
    // A row with only a theme, or numbered rows after all: as they are.
    if (b.cells.filter((c) => c.trim()).length <= 1 || CELL_NUMBER.test(text)) {
      out.push(row(b, ['', ...b.cells]));
      continue;
    }
    const bullets = text.split(BULLET).map((t) => t.trim()).filter(Boolean);
    if (bullets.length > 1 || /[.!?]$/.test(text)) sentences++;
    const respIdx = roles.indexOf('responsible');
    for (const bullet of bullets.length > 1 ? bullets : [b.cells[textIdx] ?? '']) {
      const cells = [...b.cells];
      if (bullets.length > 1) {
        // A bullet's sentence ends where the next begins, so the columns after it stay sentences of their own.
        cells[textIdx] = /[.!?;:]$/.test(bullet) ? bullet : `${bullet}.`;
        if (respIdx >= 0) cells[respIdx] = bulletResponsible(cells[respIdx] ?? '', bullet);
      }
      out.push(row(b, [String(++n), ...cells]));
    }
  }
  return { blocks: out, rows: n, sentences };
}

export const unnumberedTableRows: Layout = {
  name: 'unnumbered-table',
  numbered: false,
  detect(blocks) {
    // A table of one-line summaries (an overview after the text) is no reading of the agreements themselves.
    const { rows, sentences } = numberRows(blocks);
    return sentences * 2 >= rows ? rows : 0;
  },
  read(blocks, ctx) {
    return tableRows.read(numberRows(blocks).blocks, ctx);
  },
};
