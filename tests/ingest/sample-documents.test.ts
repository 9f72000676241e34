import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { goldPath, readSample } from './support/sample-documents.js';

interface GoldAgreement {
  number: string;
  chapter?: number;
  chapterTitle?: string;
  theme?: string;
  kind?: string;
  title?: string;
  responsible?: string[];
  containsText?: string;
}
interface GoldDocument {
  municipality: string;
  source: string;
  period: { from: number | null; to: number | null };
  actionYear: number | null;
  parties: string[];
  agreements: GoldAgreement[];
}

const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: GoldDocument[] };

/** Doubled letters collapse, so a typo in the source ("nieuwbouwoopgave") still matches the gold phrase. */
const loose = (s: string) => s.toLowerCase().replace(/(\p{L})\1+/gu, '$1').replace(/\s+/g, ' ');

/** The comparable view of an extracted document, shaped like the gold entry. */
function asGold(doc: ExtractedDocument, expected: GoldDocument) {
  return {
    municipality: doc.municipality,
    period: doc.period,
    actionYear: doc.actionYear,
    parties: doc.parties.map((p) => p.name),
    agreements: expected.agreements.map((g) => {
      const a = doc.agreements.find((x) => x.number === g.number);
      if (!a) return { number: g.number, missing: true };
      return {
        number: a.number,
        ...(g.chapter !== undefined && { chapter: a.chapterNumber }),
        ...(g.chapterTitle !== undefined && { chapterTitle: a.chapterTitle }),
        ...(g.theme !== undefined && { theme: a.chapterTitle }),
        ...(g.kind !== undefined && { kind: a.kind }),
        ...(g.title !== undefined && { title: a.title }),
        ...(g.responsible !== undefined && { responsible: a.responsible }),
        ...(g.containsText !== undefined && {
          containsText: loose(`${a.multiYearText} ${a.yearText}`).includes(loose(g.containsText)) ? g.containsText : a.multiYearText.slice(0, 80),
        }),
      };
    }),
  };
}

describe('extracting the sample documents', () => {
  for (const expected of gold.documents) {
    it(`gives exactly the gold agreements for ${expected.municipality}`, () => {
      const doc = extractDocument(readSample(expected.source), { sourceName: expected.source });

      const { source: _source, ...wanted } = expected;
      expect(asGold(doc, expected)).toEqual(wanted);
      expect(doc.agreements.map((a) => a.number)).toEqual(expected.agreements.map((a) => a.number));
      expect(doc.warnings).toEqual([]);
    });
  }

  it('keeps the three columns apart: multi-year text, this year and the source text', () => {
    const name = gold.documents[0]!.source;
    const doc = extractDocument(readSample(name), { sourceName: name });
    const first = doc.agreements[0]!;

    expect(first.multiYearText).toMatch(/^Sturen op vernieuwing/);
    expect(first.yearText).toMatch(/^We geven uitvoering/);
    expect(first.yearText).not.toContain('Regie op realisatie');
    expect(first.originalText).toContain('1) Sturen op vernieuwing');
  });

  it('extracts both samples well under a second', () => {
    const texts = gold.documents.map((d) => [d.source, readSample(d.source)] as const);
    const start = performance.now();
    for (const [name, text] of texts) extractDocument(text, { sourceName: name });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
