import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { htmlToText } from '../../src/ingest/read-html.js';
import { readDocument } from '../../src/ingest/read-document.js';

const html = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ingest/layouts/dotted-clauses.html'), 'utf8');
const CLAUSES = ['1.4.1', '1.4.2', '1.4.3', '1.5.1', '1.5.2', '1.5.3', '1.5.4'];

/** The clauses of the fixture as Word paragraphs: each clause one long paragraph, under Word headings. */
async function clausesDocx(): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (const m of html.matchAll(/<(h[1-3]|p)>([\s\S]*?)<\/\1>/g)) {
    const text = m[2]!.replace(/<[^>]+>/g, '');
    children.push(m[1] === 'p' ? new Paragraph(text) : new Paragraph({ text, heading: m[1] === 'h1' ? HeadingLevel.TITLE : m[1] === 'h2' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function expectEachClauseOnItsOwn(doc: ExtractedDocument): void {
  expect(doc.agreements.map((a) => a.number)).toEqual(CLAUSES);
  for (const a of doc.agreements) {
    // No clause carries the next one's number or text.
    expect(a.multiYearText).not.toMatch(/\b1\.[45]\.\d\b/);
    expect(a.multiYearText.length).toBeGreaterThan(150);
  }
  expect(doc.agreements[1]!.multiYearText).toMatch(/^de gemeente stelt in 2025 een nieuwe huisvestingsverordening vast/);
  expect(doc.agreements[6]!.multiYearText).toMatch(/aanvullende maatregelen worden afgesproken om de doorstroming te bevorderen\.$/);
}

describe('dotted clauses on one long line each', () => {
  it('reads every clause of an HTML document with its own number', () => {
    const doc = extractDocument(htmlToText(html), { sourceName: 'heidestein.html' });

    expectEachClauseOnItsOwn(doc);
    expect(doc.agreements.map((a) => [a.chapterNumber, a.chapterTitle])).toEqual(CLAUSES.map(() => [1, 'Wonen']));
    expect(doc.agreements.map((a) => a.responsible)).toEqual([
      ['Woonstichting Heidewonen'],
      ['Gemeente'],
      ['Gemeente', 'Woonstichting Heidewonen', 'Huurdersraad Heidestein'],
      ['Woonstichting Heidewonen'],
      // "De gemeente onderzoekt samen met Heidewonen …": both act.
      ['Gemeente', 'Woonstichting Heidewonen'],
      ['Huurdersraad Heidestein'],
      ['Gemeente', 'Woonstichting Heidewonen', 'Huurdersraad Heidestein'],
    ]);
  });

  it('reads every clause of a Word document with its own number', async () => {
    const { text } = await readDocument({ name: 'heidestein.docx', data: await clausesDocx() });
    const doc = extractDocument(text, { sourceName: 'heidestein.docx' });

    expectEachClauseOnItsOwn(doc);
  });

  it('treats "1.4 Woningtoewijzing" above its clauses as a heading, not an agreement', () => {
    const doc = extractDocument(htmlToText(html), { sourceName: 'heidestein.html' });

    expect(doc.agreements.find((a) => a.number === '1.4' || a.number === '1.5')).toBeUndefined();
  });

  it('does not read "1.200 woningen" at the start of a line as a clause number', () => {
    const text = 'Prestatieafspraken gemeente Ydam 2026\n\n1.1 Nieuwbouw\nDe gemeente bouwt tot 2030:\n1.200 woningen in totaal.\n\n1.2 Sloop\nDe gemeente sloopt 40 woningen.\n';
    const doc = extractDocument(text, { sourceName: 'ydam.txt' });

    expect(doc.agreements.map((a) => a.number)).toEqual(['1.1', '1.2']);
    expect(doc.agreements[0]!.multiYearText).toContain('1.200 woningen in totaal.');
  });
});
