/** Builds Word and PDF versions of the text fixtures: one paragraph per line, pipe tables as real tables, running headers on every PDF page. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import PDFDocument from 'pdfkit';

type Part = { type: 'line'; text: string; heading: number } | { type: 'table'; rows: string[][] } | { type: 'blank' };

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

const pipeCells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/** Lines, blank lines and pipe tables; lines marked with "#" or starting with "Thema"/"Hoofdstuk" are headings. */
function parts(text: string): Part[] {
  const out: Part[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*\|?\s*-{3,}/.test(line)) continue;
    if (line.trim().startsWith('|')) {
      const last = out[out.length - 1];
      if (last?.type === 'table') last.rows.push(pipeCells(line));
      else out.push({ type: 'table', rows: [pipeCells(line)] });
    } else if (!line.trim()) out.push({ type: 'blank' });
    else out.push({ type: 'line', text: line.replace(/^#+\s*/, ''), heading: /^(#+)\s/.exec(line)?.[1]!.length ?? (/^(?:Thema|Hoofdstuk)\s/.test(line) ? 2 : 0) });
  }
  return out;
}

/** A Word document with one paragraph per line (headings as Word headings) and pipe tables as tables. */
export async function docxFromText(text: string, bullets = false): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const p of parts(text)) {
    if (p.type === 'blank') continue;
    if (p.type === 'table') {
      const rows = p.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph(c)] })) }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    } else if (bullets && /^•\s/.test(p.text)) {
      children.push(new Paragraph({ text: p.text.replace(/^•\s*/, ''), bullet: { level: 0 } }));
    } else children.push(new Paragraph(p.heading ? { text: p.text, heading: LEVELS[Math.min(p.heading, 4) - 1] } : { text: p.text }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The standard PDF fonts only encode WinAnsi; other symbols become spaces. */
const winAnsi = (s: string) => s.replace(/[^\u0020-\u00ff‘’“”–—…•€]/g, ' ');

/**
 * A PDF with the text's lines (long lines wrap), a running header on every page and "Pagina N van M" in the
 * footer. `linesPerPage` forces page breaks so the header repeats.
 */
export function pdfFromText(text: string, opts: { header?: string; linesPerPage?: number } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(10);
  let onPage = 0;
  const lines = parts(text);
  for (const p of lines) {
    if (opts.linesPerPage && onPage >= opts.linesPerPage) {
      doc.addPage();
      onPage = 0;
    }
    if (p.type === 'blank') doc.moveDown(1);
    else if (p.type === 'line') {
      doc.font(p.heading ? 'Helvetica-Bold' : 'Helvetica').text(winAnsi(p.text), 50, doc.y, { width: 495 });
      onPage++;
    } else {
      for (const row of p.rows) {
        const y = doc.y;
        row.forEach((c, i) => doc.text(winAnsi(c), 50 + i * 140, y, { width: 130, lineBreak: false }));
        doc.x = 50;
        doc.y = y + 14;
        onPage++;
      }
      doc.moveDown(1);
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    // Headers and footers sit in the margins; without this pdfkit would start a new page for them.
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8);
    if (opts.header) doc.text(winAnsi(opts.header), 50, 20, { lineBreak: false });
    doc.text(`Pagina ${i + 1} van ${range.count}`, 50, doc.page.height - 30, { lineBreak: false });
  }
  doc.end();
  return done;
}

/**
 * A brochure PDF set in two columns: "# " lines are headings in a larger type, "## " lines agreement titles in bold,
 * the rest running text wrapped to the column; the text fills the left column, then the right one, then a new page.
 */
export function pdfInColumns(text: string, footer: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const columns = [50, 310];
  const bottom = 770;
  let column = 0;
  let y = 60;
  for (const line of text.split('\n')) {
    const heading = /^#\s/.test(line);
    const title = /^##\s/.test(line);
    const words = line.replace(/^#+\s*/, '');
    doc.font(heading || title ? 'Helvetica-Bold' : 'Helvetica').fontSize(heading ? 14 : title ? 10.5 : 9.5);
    if (heading) y += 8;
    const height = words ? doc.heightOfString(winAnsi(words), { width: 235 }) : 8;
    if (y + height > bottom) {
      column += 1;
      y = 60;
      if (column === columns.length) {
        doc.addPage();
        column = 0;
      }
    }
    if (words) doc.text(winAnsi(words), columns[column]!, y, { width: 235 });
    y += height + (heading ? 6 : 0);
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).text(`${footer} · pagina ${i + 1} van ${range.count}`, 50, doc.page.height - 30, { lineBreak: false });
  }
  doc.end();
  return done;
}
