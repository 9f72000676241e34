/**
 * A digest as an A4 PDF (pdfkit, loaded only when a PDF is asked for): the same sections as the markdown and
 * HTML, with the status colours drawn as squares. pdfkit's built-in Helvetica covers Western European text
 * (Windows-1252); emoji and bars become words, anything else outside that set becomes "?".
 */
import { formatDateTime } from '../core/dutch-format.js';
import type { Digest } from './digest-model.js';
import { digestSections, digestTitle } from './render-markdown.js';
import { COLOUR_EMOJI, COLOUR_HEX, type Colour } from './statuses.js';
import { T } from './texts.js';

const COLOURS: Colour[] = ['groen', 'oranje', 'rood', 'grijs'];
/** Characters of Windows-1252 beyond Latin-1, which the standard PDF fonts can show. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Text the standard fonts can show: colour emoji as words, progress bars dropped, the rest as is or "?". */
export function pdfSafe(text: string): string {
  let s = text;
  for (const c of COLOURS) s = s.split(COLOUR_EMOJI[c]).join(c);
  s = s
    .replace(/⚠️?/g, '(!)')
    .replace(/[▓░]+\s?/g, '')
    .replace(/→/g, '->')
    .replace(/\uFE0F/g, '');
  return [...s].map((ch) => (ch === '\n' || (ch >= ' ' && ch <= '~') || (ch >= '\u00a0' && ch <= '\u00ff') || CP1252_EXTRA.includes(ch) ? ch : '?')).join('');
}

/** The digest as PDF bytes. */
export async function renderDigestPdf(d: Digest): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const title = digestTitle(d);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: pdfSafe(title), Author: 'Afsprakenbot', CreationDate: new Date(d.generatedAt) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('Helvetica-Bold').fontSize(16).fillColor('#111111').text(pdfSafe(title), { width });
  doc.moveDown(0.4);
  // Totals: a coloured square with its count per colour.
  doc.font('Helvetica').fontSize(11).text(`${pdfSafe(d.quarterLabel)}:`, { continued: false });
  let x = left;
  const y = doc.y + 2;
  for (const c of COLOURS) {
    doc.rect(x, y, 10, 10).fill(COLOUR_HEX[c]);
    doc.fillColor('#111111').text(`${c} ${d.colours[c]}`, x + 14, y, { lineBreak: false });
    x += 80;
  }
  doc.x = left;
  doc.y = y + 16;
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(pdfSafe(T.legend), left, doc.y, { width });

  for (const s of digestSections(d)) {
    doc.moveDown(0.8);
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#111111').text(pdfSafe(s.title), left, doc.y, { width });
    doc.moveDown(0.2);
    if (s.lines.length === 0) {
      doc.font('Helvetica-Oblique').fontSize(10).fillColor('#555555').text(pdfSafe(s.empty), left, doc.y, { width });
      continue;
    }
    for (const line of s.lines) {
      const top = doc.y;
      doc.font('Helvetica').fontSize(10).fillColor('#111111').text('•', left, top, { lineBreak: false });
      // "*Thema*: …" opens with a bold theme name, as in the other renderings.
      const bold = /^\*([^*]+)\*(.*)$/s.exec(line);
      if (bold) {
        doc.font('Helvetica-Bold').text(pdfSafe(bold[1]!), left + 12, top, { width: width - 12, continued: true });
        doc.font('Helvetica').text(pdfSafe(bold[2]!));
      } else doc.text(pdfSafe(line), left + 12, top, { width: width - 12 });
      doc.moveDown(0.15);
    }
  }
  doc.moveDown(1.2);
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(pdfSafe(T.generated(formatDateTime(new Date(d.generatedAt), d.timeZone))), left, doc.y, { width });
  doc.end();
  return done;
}
