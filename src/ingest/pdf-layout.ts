/** Rebuilds reading order from positioned PDF text items: lines, paragraphs and table columns. */
import { matchLabelHeading } from './agreement-labels.js';
import { matchChapterHeading, matchKindHeading } from './headings.js';
import { matchTableHeader } from './table-columns.js';
import { columnsInReadingOrder } from './pdf-columns.js';

export interface PositionedText {
  str: string;
  x: number;
  /** Baseline, PDF coordinates (grows upwards). */
  y: number;
  width: number;
  fontSize: number;
}

interface Segment {
  x: number;
  text: string;
}

interface Line {
  y: number;
  fontSize: number;
  /** The line's text items from left to right. */
  items: PositionedText[];
  segments: Segment[];
}

const PAGE_NUMBER = /^\s*(?:pagina\s*)?\d{1,3}(?:\s*(?:van|\/)\s*\d{1,3})?\s*$/i;

function groupLines(items: readonly PositionedText[]): Line[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; fontSize: number; items: PositionedText[] }> = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, l.fontSize * 0.4));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, fontSize: item.fontSize, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const sorted = l.items.sort((a, b) => a.x - b.x);
      return { y: l.y, fontSize: l.fontSize, items: sorted, segments: segmentsOf(sorted) };
    });
}

/**
 * Joins items into segments; a wide horizontal gap means a new column, and so does a narrower one where `opensCell`
 * says the item starts a cell.
 */
function segmentsOf(items: readonly PositionedText[], opensCell: (item: PositionedText, gap: number) => boolean = () => false): Segment[] {
  const segments: Segment[] = [];
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const last = segments[segments.length - 1];
    if (!last || gap > Math.max(item.fontSize * 1.5, 8) || opensCell(item, gap)) segments.push({ x: item.x, text: item.str.trim() });
    else {
      const space = gap > item.fontSize * 0.15 && !last.text.endsWith(' ') && !item.str.startsWith(' ');
      last.text += (space ? ' ' : '') + item.str.replace(/\s+$/, '');
    }
    end = item.x + item.width;
  }
  return segments.map((s) => ({ x: s.x, text: s.text.replace(/\s+/g, ' ').trim() }));
}

const edgeShape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Lines (page numbers aside) that stand at the top or bottom of two or more pages: running headers and footers. */
function runningEdges(pages: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    // On a page of a few lines every line is at an edge; those say nothing about headers.
    if (lines.length <= 4) continue;
    // A table header repeated on every page is part of the table, and a heading with a number is content.
    const edgeLines = [...lines.slice(0, 2), ...lines.slice(-2)].filter((l) => {
      const texts = l.segments.map((s) => s.text);
      return !(texts.length >= 2 && matchTableHeader(texts)) && !matchLabelHeading(texts.join(' ')) && !matchChapterHeading(texts.join(' '));
    });
    const edges = new Set(edgeLines.map((l) => edgeShape(l.segments.map((s) => s.text).join(' '))));
    for (const e of edges) if (e.length >= 4 && e.length <= 120) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= min).map(([e]) => e));
}

/** A gap wider than a space between words: in a table drawn with lines, cells may stand that close together. */
const wordApart = (item: PositionedText, gap: number) => gap > item.fontSize * 0.6;

/**
 * The cells of a table header ("Nr | Thema | Wat spreken we af | Wie"), or null. Cells split at every gap wider than
 * a word space when that still reads as a header: a narrow number column sits close to the next one.
 */
function headerCells(line: Line): Segment[] | null {
  for (const segments of [segmentsOf(line.items, wordApart), line.segments]) {
    const texts = segments.map((s) => s.text);
    if (texts.length >= 2 && matchTableHeader(texts)) return segments;
  }
  return null;
}

/** A short line of one segment in a type at least a quarter larger than the line beside it. */
const largerHeading = (heading: Line, other: Line) =>
  heading.fontSize >= other.fontSize * 1.25 && heading.segments.length === 1 && heading.segments[0]!.text.length <= 80;

/** The type size most lines of a page are set in. */
function commonSize(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.fontSize, (counts.get(l.fontSize) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The line goes on with the heading above it: the same larger type, right below it, in lower case. */
function wrapsHeading(previous: Line, line: Line, bodySize: number): boolean {
  const text = line.segments[0]!.text;
  return (
    previous.segments.length === 1 &&
    previous.fontSize >= bodySize * 1.25 &&
    Math.abs(previous.fontSize - line.fontSize) < 0.5 &&
    previous.y - line.y <= line.fontSize * 1.6 &&
    /^\p{Ll}/u.test(text) &&
    !/[.:;!?]$/.test(previous.segments[0]!.text) &&
    previous.segments[0]!.text.length + text.length <= 80
  );
}

/** Lays out the pages as text; table rows become tab-separated cells aligned on the header's columns. */
export function layoutPages(pages: ReadonlyArray<readonly PositionedText[]>): string {
  const out: string[] = [];
  let columns: number[] | null = null;
  // Headers and footers are found top to bottom; the text is read column by column.
  const byHeight = pages.map(groupLines);
  const running = runningEdges(byHeight);
  byHeight.forEach((rows, page) => {
    // A table (its header on this page, or running on from the last) keeps its rows; only running text is read
    // column by column.
    const table = columns !== null || rows.some((l) => l.segments.length >= 2 && matchTableHeader(l.segments.map((s) => s.text)));
    const lines = table ? rows : columnsInReadingOrder(pages[page]!).flatMap(groupLines);
    let previous: Line | null = null;
    const bodySize = commonSize(lines);
    // How high the two top and the two bottom lines stand: a footer below the left column is still at the edge.
    const heights = lines.map((l) => l.y).sort((a, b) => b - a);
    const [top1, top2, bottom2, bottom1] = [heights[0], heights[1], heights.at(-2), heights.at(-1)];
    lines.forEach((line) => {
      const texts = line.segments.map((s) => s.text);
      const joined = texts.join(' ');
      const edge = line.y === top1 || line.y === top2 || line.y === bottom2 || line.y === bottom1;
      if ((line.y === top1 || line.y === bottom1) && PAGE_NUMBER.test(joined)) return;
      // The same header or footer at the edge of every page; the first page keeps it (it may be the title).
      if (edge && page > 0 && running.has(edgeShape(joined))) return;
      // "B Genoeg goede woningen voor" / "iedereen": a heading in a larger type wrapped over two lines is one line.
      if (previous && texts.length === 1 && wrapsHeading(previous, line, bodySize)) {
        out[out.length - 1] += ` ${joined}`;
        previous = line;
        return;
      }
      // A heading in a larger type stands apart from the running text around it, as a blank line would set it
      // apart; a table right below its heading stays as close as it was.
      const heading = previous !== null && line.segments.length === 1 && (largerHeading(previous, line) || largerHeading(line, previous));
      if (previous && (previous.y - line.y > Math.max(previous.fontSize, line.fontSize) * 1.75 || heading)) out.push('');
      previous = line;
      const header = headerCells(line);
      if (header) {
        columns = header.map((s) => s.x);
        out.push(header.map((s) => s.text).join('\t'));
        return;
      }
      if (columns && texts.length === 1 && (matchChapterHeading(joined) || matchKindHeading(joined))) columns = null;
      if (columns) {
        const cols: number[] = columns;
        const cells: string[] = cols.map(() => '');
        for (const s of segmentsOf(line.items, (item, gap) => wordApart(item, gap) && cols.some((x) => Math.abs(item.x - x) <= 3))) {
          let idx = 0;
          cols.forEach((x, i) => {
            if (s.x >= x - 3) idx = i;
          });
          cells[idx] = cells[idx] ? `${cells[idx]} ${s.text}` : s.text;
        }
        out.push(cells.join('\t'));
      } else out.push(texts.join('\t'));
    });
    out.push('');
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
