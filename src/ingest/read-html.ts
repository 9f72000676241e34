/** HTML → plain text; tables become tab-separated rows so the extractor sees their columns. */
import { decodeEntities, htmlFragmentToText } from './html-text.js';

const TAG = /<(\/?)(table|tr|td|th)\b[^>]*>/gi;

/** Splits the outermost tables out of the HTML, handling nested tables inside cells. */
function outerTables(html: string): Array<{ start: number; end: number; inner: string }> {
  const found: Array<{ start: number; end: number; inner: string }> = [];
  let depth = 0;
  let start = -1;
  let innerStart = -1;
  for (const m of html.matchAll(TAG)) {
    if (m[2]!.toLowerCase() !== 'table') continue;
    if (!m[1]) {
      if (depth === 0) {
        start = m.index;
        innerStart = m.index + m[0].length;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) found.push({ start, end: m.index + m[0].length, inner: html.slice(innerStart, m.index) });
    }
  }
  return found;
}

/** Splits a table's inner HTML into rows of cell HTML, ignoring rows and cells of nested tables. */
function rowsOf(inner: string): string[][] {
  const rows: string[][] = [];
  let tableDepth = 0;
  let row: string[] | null = null;
  let cellStart = -1;
  for (const m of inner.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    const closing = Boolean(m[1]);
    if (name === 'table') {
      tableDepth += closing ? -1 : 1;
      continue;
    }
    if (tableDepth > 0) continue;
    if (name === 'tr') {
      if (!closing) row = [];
      else if (row) {
        rows.push(row);
        row = null;
      }
    } else if (!closing) cellStart = m.index + m[0].length;
    else if (cellStart >= 0) {
      (row ??= []).push(inner.slice(cellStart, m.index));
      cellStart = -1;
    }
  }
  if (row) rows.push(row);
  return rows;
}

/** Renders a cell: several paragraphs stay marked as <p>, which the extractor reads as line breaks. */
function cellToText(cellHtml: string): string {
  const lines = htmlFragmentToText(cellHtml).split('\n').filter(Boolean);
  return lines.length > 1 ? lines.map((l) => `<p>${l.replace(/[<>]/g, '')}</p>`).join(' ') : (lines[0] ?? '');
}

/** Converts a whole HTML document (or mammoth output) to text with blank lines between paragraphs. */
export function htmlToText(html: string): string {
  let body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '');
  const tables = outerTables(body);
  const rendered: string[] = [];
  for (let i = tables.length - 1; i >= 0; i--) {
    const t = tables[i]!;
    const rows = rowsOf(t.inner).map((cells) => cells.map(cellToText).join('\t'));
    rendered[i] = rows.join('\n');
    body = `${body.slice(0, t.start)}\n\n\u0000TABLE${i}\u0000\n\n${body.slice(t.end)}`;
  }
  const text = decodeEntities(
    body
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|h[1-6]|div|section|article|header|footer|blockquote|ul|ol)>/gi, '\n\n')
      .replace(/<li\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return text.replace(/\u0000TABLE(\d+)\u0000/g, (_m, i: string) => rendered[Number(i)] ?? '').trim();
}

/** Reads an HTML file's bytes as text. */
export function readHtml(data: Buffer): string {
  return htmlToText(data.toString('utf8'));
}
