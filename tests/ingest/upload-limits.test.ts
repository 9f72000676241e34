import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/core/errors.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { docxBomb, docxWithEntries } from '../helpers/zip-bomb.js';

/*
 * Upload limits: each refusal names its limit, comes before the expensive work, and leaves the process's
 * memory where it was. Before these checks a 2.9 MB .docx inflating to 2.9 GB took 26 s and left the
 * process at 3.0 GB RSS ("geen Word-document").
 */
async function refusal(name: string, data: Buffer, limits = DEFAULT_LIMITS): Promise<string> {
  const error = await readDocument({ name, data }, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return (error as IngestError).message;
}

const MB = 1024 * 1024;
const rssMb = () => process.memoryUsage().rss / MB;

function pdfWithPages(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 1; i <= pages; i++) {
    if (i > 1) doc.addPage();
    doc.text(`Afspraak ${i}. Pagina ${i}`);
  }
  doc.end();
  return done;
}

describe('upload limits', () => {
  it('refuses a 3 MB zip bomb that unpacks to 2.9 GB from its central directory, fast and without the memory', async () => {
    const bomb = docxBomb(2900);
    expect(bomb.length).toBeLessThan(3.5 * MB);
    const before = rssMb();
    const start = performance.now();
    const message = await refusal('bom.docx', bomb);
    expect(message).toBe('bom.docx: het Word-bestand pakt uit tot meer dan 100 MB; de limiet is 100 MB uitgepakt');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(rssMb() - before).toBeLessThan(150);
  });

  it('catches a zip whose directory understates what it unpacks to, with bounded memory', async () => {
    const liar = docxBomb(1024, { lie: true });
    const before = rssMb();
    const message = await refusal('leugen.docx', liar);
    expect(message).toContain('pakt uit tot meer dan 100 MB');
    expect(rssMb() - before).toBeLessThan(150);
  });

  it('refuses a Word file with more entries than the limit', async () => {
    expect(await refusal('onderdelen.docx', docxWithEntries(1500))).toBe('onderdelen.docx: het Word-bestand bevat 1503 onderdelen; de limiet is 1000');
  });

  it('still reads a Word file within the limits', async () => {
    const { text } = await readDocument({ name: 'klein.docx', data: docxWithEntries(10) });
    expect(text).toContain('Afspraak 1. Bouwen');
  });

  it('refuses a PDF with more pages than the limit before extracting text', async () => {
    const pdf = await pdfWithPages(6);
    expect(await refusal('lang.pdf', pdf, { ...DEFAULT_LIMITS, pdfMaxPages: 5 })).toBe("lang.pdf: de PDF heeft 6 pagina's; de limiet is 5");
    const { text } = await readDocument({ name: 'lang.pdf', data: pdf }, { ...DEFAULT_LIMITS, pdfMaxPages: 6 });
    expect(text).toContain('Afspraak 6');
  });

  it('refuses any upload past the byte limit and says the limit', async () => {
    expect(await refusal('groot.txt', Buffer.alloc(2 * MB, 0x41), { ...DEFAULT_LIMITS, maxBytes: MB })).toBe('groot.txt: het bestand is groter dan de limiet van 1 MB (2 MB)');
  });
});
