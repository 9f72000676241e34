import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { goldPath, readSample, sampleDocx, samplePdf } from './support/sample-documents.js';

const sources = (JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: Array<{ source: string }> }).documents.map((d) => d.source);

/** What must survive a format change: numbering, titles, structure and responsible parties. */
function structure(doc: ExtractedDocument) {
  return {
    municipality: doc.municipality,
    period: doc.period,
    actionYear: doc.actionYear,
    parties: doc.parties.map((p) => p.name),
    agreements: doc.agreements.map((a) => ({
      number: a.number,
      title: a.title,
      chapterNumber: a.chapterNumber,
      chapterTitle: a.chapterTitle,
      kind: a.kind,
      responsible: a.responsible,
    })),
  };
}

describe('reading PDF and Word versions of the samples', () => {
  for (const source of sources) {
    it(`gives the same agreements from a PDF with a positioned table layout (${source})`, async () => {
      const text = readSample(source);
      const pdf = await samplePdf(text);

      const read = await readDocument({ name: source.replace(/\.txt$/, '.pdf'), data: pdf });
      const doc = extractDocument(read.text, { sourceName: source });

      expect(read.format).toBe('pdf');
      expect(structure(doc)).toEqual(structure(extractDocument(text, { sourceName: source })));
    });

    it(`gives the same agreements from a Word document with tables (${source})`, async () => {
      const text = readSample(source);
      const docx = await sampleDocx(text);

      const read = await readDocument({ name: source.replace(/\.txt$/, '.docx'), data: docx });
      const doc = extractDocument(read.text, { sourceName: source });

      expect(read.format).toBe('docx');
      expect(structure(doc)).toEqual(structure(extractDocument(text, { sourceName: source })));
    });
  }

  it('splits the table over several pages with repeated headers', async () => {
    const source = sources[0]!;
    const read = await readDocument({ name: 'a.pdf', data: await samplePdf(readSample(source)) });

    const headers = read.text.split('\n').filter((l) => /^Afspraak 2022.*\tAfspraak 2026\tRegie op realisatie$/.test(l));
    expect(headers.length).toBeGreaterThan(20);
    expect(read.text).toContain('1) Sturen op vernieuwing van de sociale\t');
  });
});
