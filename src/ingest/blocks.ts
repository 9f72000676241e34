/** The document as a list of non-empty lines ("blocks") with what the layouts need to know about each. */
import { layoutTablesToRows } from './layout-table.js';
import { splitAgreementSentences } from './agreement-sentences.js';
import { gridTablesToRows } from './grid-table.js';
import { commaRowsToTabs } from './comma-rows.js';
import { joinLabelLines } from './label-lines.js';
import { joinQuotedCells } from './quoted-cells.js';
import { semicolonRowsToTabs } from './semicolon-rows.js';
import { slidesToSections } from './slides.js';
import { fieldLinesToRows } from './field-lines.js';
import { marginNumberLine } from './margin-numbers.js';
import { markdownTablesToRows } from './markdown-table.js';
import { htmlToText } from './read-html.js';

export interface Block {
  /** Position in the document's lines, so front matter can be cut by index. */
  index: number;
  /** The line as read; tabs separate table cells. */
  raw: string;
  /** Trimmed, without Markdown heading marks; table rows keep their tabs. */
  text: string;
  /** Cells when the line is a table row, else null. */
  cells: string[] | null;
  /** Markdown heading level (1–6) when the line was a "#" heading, else 0. */
  level: number;
  blankBefore: boolean;
  blankAfter: boolean;
}

/** Markdown heading marks and emphasis around a whole line carry no meaning for the structure. */
export const stripMarks = (line: string) => line.trim().replace(/^#{1,6}\s+/, '');

/** The line transforms of toLines: slides, CSV, quoted cells, drawn and HTML tables, field lines, Markdown tables, label lines, agreement sentences. */
const LINE_STEPS: ReadonlyArray<(lines: readonly string[]) => string[]> = [
  slidesToSections,
  semicolonRowsToTabs,
  commaRowsToTabs,
  joinQuotedCells,
  gridTablesToRows,
  htmlTablesToRows,
  layoutTablesToRows,
  fieldLinesToRows,
  markdownTablesToRows,
  joinLabelLines,
  splitAgreementSentences,
];

/** Normalises line ends and spaces, and turns Markdown and HTML tables into tab-separated rows. */
export function toLines(text: string): string[] {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\f/g, '\n')
    .replace(/[\u200b\u00ad]/g, '')
    // "Huurdersplatform Beveland Wonen[1]": a footnote reference glued to a word.
    .replace(/(?<=[\p{L}.,;)])\[\d{1,2}\]/gu, '')
    // A box drawn around a note ("┌───┐", "│ ¹ Afkortingen │", "└───┘"): its text without the frame.
    .replace(/^[ \t]*[┌└╔╚][─━═┬┴]*[┐┘╗╝][ \t]*$/gmu, '')
    .replace(/^[ \t]*[│║] ?(.*?)\s*[│║][ \t]*$/gmu, '$1')
    // "… [Woonzorg Nederland,\n    HBV Nieuwleusen]": a bracketed list of parties wrapped onto the next line is one line.
    .replace(/(\[[^\[\]\n]{1,80},)[ \t]*\n[ \t]*([^\[\]\n]{1,80}\][.;]?[ \t]*)$/gmu, '$1 $2')
    // "1.3.¹ In het plan …": a footnote mark on an agreement's number.
    .replace(/^(\s*(?:[A-Z]{1,3}[.-]?)?\d{1,3}(?:\.\d{1,3}){0,3}\.?)[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s)/gmu, '$1');
  // Each step turns one way of writing a table or list into the lines the layouts read, in this order.
  return LINE_STEPS.reduce<string[]>((lines, step) => step(lines), normalized.split('\n'));
}

/**
 * Text from a PDF converter may hold whole HTML tables (`<table>…</table>` on lines of their own); they become
 * rows like any other table. A table inside a tab-separated cell stays where it is.
 */
function htmlTablesToRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/^\s*<table\b/i.test(line) || line.includes('\t')) {
      out.push(line);
      continue;
    }
    let html = line;
    let j = i;
    // The table may run over several lines; it ends at its own closing tag (nested tables counted).
    while (depthOf(html) > 0 && j + 1 < lines.length && j - i < 2000) {
      // A table cut off after a whole row by a page footer ("… – pagina 4"), its rest in a new table below: it
      // ends at that row.
      const next = lines[j + 1]!;
      if (/<\/tr>\s*$/i.test(html) && next.trim() && !next.includes('<')) break;
      html += `\n${lines[++j]!}`;
    }
    if (depthOf(html) > 0 && /<\/tr>\s*$/i.test(html)) html += '</tbody></table>'.repeat(depthOf(html));
    const after = html.slice(closingEnd(html));
    out.push('', ...htmlToText(html.slice(0, closingEnd(html))).split('\n'), '');
    if (after.trim()) out.push(after);
    i = j;
  }
  return out;
}

const depthOf = (html: string) => (html.match(/<table\b/gi)?.length ?? 0) - (html.match(/<\/table>/gi)?.length ?? 0);

/** Where the outer table ends. */
function closingEnd(html: string): number {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The non-empty lines as blocks. */
export function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    // "1.<tab>Tekst" or "•<tab>Tekst": a PDF's wide gap after a list number, not a table of two columns.
    const margin = marginNumberLine(lines, index);
    const raw = margin ?? line.replace(/^(\s*(?:\d{1,3}[.)]|[•●▪–*-]))\t+(?=\S)(?!.*\t)/, '$1 ');
    const level = /^\s*(#{1,6})\s+/.exec(raw)?.[1]!.length ?? 0;
    const isRow = margin === null && raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length > 0;
    blocks.push({
      index,
      raw,
      text: stripMarks(raw),
      cells: isRow ? raw.split('\t') : null,
      level,
      blankBefore: index === 0 || !lines[index - 1]!.trim(),
      blankAfter: index === lines.length - 1 || !lines[index + 1]!.trim(),
    });
  });
  return blocks;
}

/** A table row with a single filled cell reads as a plain line (a heading inside a Word table, a wrapped cell). */
export function singleCell(block: Block): string | null {
  if (!block.cells) return null;
  const filled = block.cells.map((c) => c.trim()).filter(Boolean);
  return filled.length === 1 ? filled[0]! : null;
}
