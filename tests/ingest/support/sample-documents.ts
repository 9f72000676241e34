/** Builds PDF and DOCX versions of the text samples, with the agreement tables laid out as real tables. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const corpusDir = path.resolve(repoRoot, 'examples/documents');
export const goldPath = path.resolve(repoRoot, 'tests/fixtures/eval/agreements-gold.json');

export function readSample(name: string): string {
  return readFileSync(path.join(corpusDir, name), 'utf8');
}

type Block =
  | { type: 'lines'; lines: string[] }
  | { type: 'blank' }
  | { type: 'toc'; title: string; page: string }
  | { type: 'table'; header: string[]; rows: string[][] };

/** Cell HTML → paragraphs of plain text. */
export function cellParagraphs(html: string): string[] {
  return html
    .replace(/<\/(p|li|tr)>|<br\s*\/?>|<li[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const isHeader = (cells: string[]) => /^Afspraak/.test(cells[0] ?? '') && /Regie/.test(cells[2] ?? '');

/** Splits a sample into paragraphs, table-of-contents lines and three-column tables (multi-year | year | regie). */
export function sampleBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: Extract<Block, { type: 'table' }> | null = null;
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    if (cells.length > 1 && isHeader(cells)) {
      table = { type: 'table', header: cells.slice(0, 3), rows: [] };
      blocks.push(table);
      continue;
    }
    if (table && cells.length > 1) {
      const resp = [...cells.slice(2)].reverse().find((c) => c.trim()) ?? '';
      table.rows.push([cells[0]!, cells[1] ?? '', resp]);
      continue;
    }
    if (cells.length === 2 && /^\d+$/.test(cells[1]!.trim())) {
      blocks.push({ type: 'toc', title: cells[0]!, page: cells[1]! });
      continue;
    }
    if (!line.trim()) {
      table = null;
      blocks.push({ type: 'blank' });
      continue;
    }
    if (table) continue; // footnotes under a table are left out of the rebuilt document
    const last = blocks[blocks.length - 1];
    const plain = cells.join('  ');
    if (last?.type === 'lines') last.lines.push(plain);
    else blocks.push({ type: 'lines', lines: [plain] });
  }
  return blocks;
}

/** The standard PDF fonts only encode WinAnsi; other symbols become spaces. */
const winAnsi = (s: string) => s.replace(/[^\u0020-\u00ff‘’“”–—…•€]/g, ' ');

const MARGIN = 40;
const COLS = [40, 220, 400];
const COL_WIDTH = 160;
const SIZE = 9;

function wrap(doc: PDFKit.PDFDocument, text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (doc.widthOfString(next) > COL_WIDTH && current) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** Renders a sample as a PDF: tables drawn at absolute x positions, split over pages with repeated headers. */
export function samplePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(SIZE);
  const lineHeight = SIZE * 1.25;
  const bottom = doc.page.height - MARGIN - 20;
  for (const block of sampleBlocks(text)) {
    if (block.type === 'blank') doc.moveDown(1);
    else if (block.type === 'lines') {
      for (const l of block.lines) doc.text(winAnsi(l.replace(/<[^>]+>/g, ' ')), MARGIN, doc.y, { width: 515 });
    } else if (block.type === 'toc') {
      const y = doc.y;
      doc.text(winAnsi(block.title), MARGIN, y, { lineBreak: false });
      doc.text(block.page, 520, y, { lineBreak: false });
      doc.x = MARGIN;
      doc.y = y + lineHeight;
    } else {
      let y = doc.y + lineHeight;
      const drawHeader = () => {
        block.header.forEach((h, i) => doc.text(winAnsi(h), COLS[i]!, y, { lineBreak: false }));
        y += lineHeight * 1.5;
      };
      if (y + lineHeight * 3 > bottom) {
        doc.addPage();
        y = MARGIN;
      }
      drawHeader();
      for (const row of block.rows) {
        const cells = row.map((c) => wrap(doc, winAnsi(cellParagraphs(c).join(' '))));
        const height = Math.max(...cells.map((c) => c.length));
        for (let k = 0; k < height; k++) {
          if (y + lineHeight > bottom) {
            doc.addPage();
            y = MARGIN;
            drawHeader();
          }
          cells.forEach((c, i) => {
            if (c[k]) doc.text(c[k]!, COLS[i]!, y, { lineBreak: false });
          });
          y += lineHeight;
        }
        y += lineHeight * 0.5;
      }
      doc.x = MARGIN;
      doc.y = y + lineHeight;
    }
  }
  doc.end();
  return done;
}

const cell = (html: string) =>
  new TableCell({
    width: { size: 33, type: WidthType.PERCENTAGE },
    children: (cellParagraphs(html).length ? cellParagraphs(html) : ['']).map((p) => new Paragraph(p)),
  });

/** Renders a sample as a Word document with real tables and line breaks inside paragraphs. */
export async function sampleDocx(text: string): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const block of sampleBlocks(text)) {
    if (block.type === 'blank') continue;
    if (block.type === 'lines') {
      const runs = block.lines.flatMap((l, i) => [new TextRun({ text: l.replace(/<[^>]+>/g, ' '), break: i > 0 ? 1 : 0 })]);
      children.push(new Paragraph({ children: runs, alignment: AlignmentType.LEFT }));
    } else if (block.type === 'toc') children.push(new Paragraph(`${block.title}\t${block.page}`));
    else {
      const rows = [block.header, ...block.rows].map((r) => new TableRow({ children: r.map(cell) }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
