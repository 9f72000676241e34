/** HTML → plain text; tables become tab-separated rows so the extractor sees their columns. */
import { decodeEntities, htmlFragmentToText } from './html-text.js';
import { decodeBytes } from './text-encoding.js';
import { itemMark, listClassMarkers, listMarker, type ListMarker } from './list-styles.js';

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
  let span = { rows: 1, cols: 1 };
  /** Cells of earlier rows that span down ("rowspan"): by column, their text and how many rows they still cover. */
  const spanning = new Map<number, { html: string; left: number }>();
  const fillSpanned = (r: string[]) => {
    for (let s = spanning.get(r.length); s; s = spanning.get(r.length)) {
      r.push(s.html);
      if (--s.left === 0) spanning.delete(r.length - 1);
    }
  };
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
        fillSpanned(row);
        rows.push(row);
        row = null;
      }
    } else if (!closing) {
      cellStart = m.index + m[0].length;
      const attr = (a: string) => Math.min(Number(new RegExp(`${a}\\s*=\\s*["']?(\\d+)`, 'i').exec(m[0])?.[1] ?? 1) || 1, 20);
      span = { rows: attr('rowspan'), cols: attr('colspan') };
    } else if (cellStart >= 0) {
      const r = (row ??= []);
      fillSpanned(r);
      const html = inner.slice(cellStart, m.index);
      // A cell over two rows ("Doel" beside two measures) belongs to both; one over two columns fills both.
      if (span.rows > 1) spanning.set(r.length, { html, left: span.rows - 1 });
      r.push(html);
      for (let k = 1; k < span.cols; k++) r.push('');
      cellStart = -1;
    }
  }
  if (row) rows.push(row);
  return rows;
}

const linesAsParagraphs = (html: string) =>
  htmlFragmentToText(html)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/[<>]/g, ''));

/** A table inside a cell, kept as plain table markup on one line so the extractor can read it cell by cell. */
function compactTable(html: string): string {
  const rows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) => {
    const cells = [...r[1]!.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)].map((c) => {
      const span = /colspan\s*=\s*["']?(\d+)/i.exec(c[2]!)?.[1];
      return `<t${c[1]}${span ? ` colspan="${span}"` : ''}>${linesAsParagraphs(c[3]!).join(' ')}</t${c[1]}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

/** Renders a cell: several paragraphs stay marked as <p>, which the extractor reads as line breaks; nested tables stay tables. */
function cellToText(cellHtml: string): string {
  if (/<table\b/i.test(cellHtml)) {
    const parts = cellHtml.split(/(<table\b[\s\S]*?<\/table>)/i);
    return parts.map((part) => (/^<table\b/i.test(part) ? compactTable(part) : linesAsParagraphs(part).map((l) => `<p>${l}</p>`).join(' '))).filter(Boolean).join(' ');
  }
  const lines = linesAsParagraphs(cellHtml);
  return lines.length > 1 ? lines.map((l) => `<p>${l}</p>`).join(' ') : (lines[0] ?? '');
}

/**
 * List items keep a mark the layouts can read: "• " for a bullet, "3. " or "c. " for a numbered or lettered item
 * (Word's own numbering is not in the text), "◦ " for an item of a nested list (indented below the second level).
 * Headings keep their level as "#".
 */
function markStructure(html: string, byClass: ReadonlyMap<string, ListMarker>): string {
  const stack: Array<{ ordered: boolean; next: number; marker: ListMarker }> = [];
  return html.replace(/<(\/?)(ul|ol|li|h[1-6])\b([^>]*)>/gi, (_m, close: string, tag: string, attrs: string) => {
    const name = tag.toLowerCase();
    if (name.startsWith('h')) return close ? '\n\n' : `\n\n${'#'.repeat(Number(name[1]))} `;
    if (name === 'ul' || name === 'ol') {
      if (close) stack.pop();
      else stack.push({ ordered: name === 'ol', next: Number(/start\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1), marker: name === 'ol' ? listMarker(attrs, byClass) : 'decimal' });
      return close ? '\n\n' : '\n';
    }
    if (close) return '\n';
    const list = stack[stack.length - 1];
    if (!list) return '\n';
    // "1. Beschikbaarheid" / "a. Nieuwbouw.": the letters of a lettered list one level down are how the
    // document cites its items ("2b"), so they are written as the reader sees them.
    const lettered = list.ordered && list.marker !== 'decimal' && stack.length === 2;
    // Deeper items are indented, so a list inside an item stays that item's text.
    if (stack.length > 1 && !lettered) return `\n${'  '.repeat(stack.length - 2)}◦ `;
    return list.ordered ? `\n${itemMark(list.marker, list.next++)}. ` : '\n• ';
  });
}

/** Class or id words of a web page's furniture: cookie bars, breadcrumbs, menus, share buttons. */
const CHROME = String.raw`[^"']*\b(?:cookie\w*|breadcrumbs?|kruimelpad|menu\w*|nav\w*|share|social|skip\w*|site-header|site-footer|downloads?|meta|gerelateerd|related)\b[^"']*`;

/**
 * A web page's navigation, footer, cookie bar and breadcrumb carry no agreements ("Home", "Wonen en bouwen",
 * "Laatst gewijzigd"). A header goes too when it holds navigation and not the page's own heading.
 */
function withoutPageChrome(html: string): string {
  return html
    // A fold-out item's summary is its heading ("<details><summary>Huurverhoging 2026</summary><p>…").
    .replace(/<summary\b[^>]*>([\s\S]*?)<\/summary>/gi, '<h3>$1</h3>')
    .replace(/<(nav|footer|aside)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<header\b[^>]*>([\s\S]*?)<\/header>/gi, (whole, inner: string) => (/<nav\b|class=["'][^"']*logo/i.test(inner) && !/<h1\b/i.test(inner) ? ' ' : whole))
    .replace(new RegExp(String.raw`<(div|p|ul|ol|section|span)\b[^>]*\b(?:class|id)=["']${CHROME}["'][^>]*>[\s\S]*?<\/\1>`, 'gi'), ' ');
}

/** Converts a whole HTML document (or mammoth output) to text with blank lines between paragraphs. */
export function htmlToText(html: string): string {
  // Read before the style sheets go: a class may say that a list is lettered.
  const listClasses = listClassMarkers(html);
  let body = withoutPageChrome(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ''))
    // "<dt>Wie</dt><dd>Domijn, Ons Huis</dd>": a term and its description are one labelled line ("Wie: Domijn, Ons Huis").
    .replace(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/gi, (_m, term: string, desc: string) => `<p>${term.trim().replace(/:$/, '')}: ${desc.trim()}</p>`);
  const tables = outerTables(body);
  const rendered: string[] = [];
  for (let i = tables.length - 1; i >= 0; i--) {
    const t = tables[i]!;
    const cells = rowsOf(t.inner);
    // A table of one cell is a frame drawn around text ("Afspraak 4 – Titel", its text, "Wie: …"), not a table:
    // its paragraphs are lines of their own, so a heading and a "Wie:" line inside it read as they would outside.
    const box = cells.length === 1 && cells[0]!.length === 1 && !/<table\b/i.test(cells[0]![0]!);
    rendered[i] = box ? linesAsParagraphs(cells[0]![0]!).join('\n') : cells.map((row) => row.map(cellToText).join('\t')).join('\n');
    body = `${body.slice(0, t.start)}\n\n\u0000TABLE${i}\u0000\n\n${body.slice(t.end)}`;
  }
  const text = decodeEntities(
    markStructure(body, listClasses)
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|section|article|header|footer|blockquote)>/gi, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    // The indent of a deeper list item ("  ◦ …") is kept; other spacing is the HTML's, not the text's.
    .map((l) => (/^ +◦ /.exec(l)?.[0].replace('◦ ', '') ?? '') + l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => !/^#{1,6}$/.test(l) || !all[i])
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return text.replace(/\u0000TABLE(\d+)\u0000/g, (_m, i: string) => rendered[Number(i)] ?? '').trim();
}

/**
 * Word and other editors wrap the source of a saved page at about 80 characters, in the middle of a paragraph or
 * a heading; a browser shows those breaks as spaces, and only tags start a new line. Text inside <pre> keeps its
 * lines.
 */
export function collapseSourceBreaks(html: string): string {
  return html
    .split(/(<pre\b[\s\S]*?<\/pre>)/i)
    .map((part) => (/^<pre\b/i.test(part) ? part.replace(/<\/?pre\b[^>]*>/gi, '').replace(/\n/g, '<br>') : part.replace(/\s*[\r\n]\s*/g, ' ')))
    .join('');
}

/** Reads an HTML file's bytes as text. */
export function readHtml(data: Buffer): string {
  return htmlToText(collapseSourceBreaks(decodeBytes(data)));
}
