/** The document as a list of non-empty lines ("blocks") with what the layouts need to know about each. */
import { markdownTablesToRows } from './markdown-table.js';

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

/** Normalises line ends and spaces, and turns Markdown tables into tab-separated rows. */
export function toLines(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\f/g, '\n').replace(/[\u200b\u00ad]/g, '');
  return markdownTablesToRows(normalized.split('\n'));
}

/** The non-empty lines as blocks. */
export function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((raw, index) => {
    if (!raw.trim()) return;
    const level = /^\s*(#{1,6})\s+/.exec(raw)?.[1]!.length ?? 0;
    const isRow = raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length > 0;
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
