import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';

/** Encodes text as Windows-1252 (the Latin-1 range plus the typographic quotes, dashes and euro sign). */
function cp1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

describe('documents not in UTF-8', () => {
  it('reads Word HTML saved as Windows-1252, as its meta tag says', async () => {
    const html = `<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>
<p>Prestatieafspraken gemeente ’s-Hertogenbosch 2026</p>
<p>Afspraak 1 Coöperatie</p><p>Wooncoöperatie De Enk draagt € 5.000 bij – één keer.</p>
<p>Afspraak 2 Overleg</p><p>De gemeente organiseert overleg.</p></body></html>`;
    const { text } = await readDocument({ name: 'assen.html', data: cp1252(html) });
    const doc = extractDocument(text, { sourceName: 'assen.html' });

    expect(doc.municipality).toBe('’s-Hertogenbosch');
    expect(doc.agreements[0]).toMatchObject({ number: '1', title: 'Coöperatie', multiYearText: 'Wooncoöperatie De Enk draagt € 5.000 bij – één keer.' });
  });

  it('reads a text file that is not valid UTF-8 as Windows-1252, and UTF-8 as UTF-8', async () => {
    const text = 'Prestatieafspraken gemeente Zeeën 2026\n\n1. De gemeente financiert één coöperatie.\n';
    const latin = await readDocument({ name: 'a.txt', data: cp1252(text) });
    const unicode = await readDocument({ name: 'b.txt', data: Buffer.from(`\uFEFF${text}`, 'utf8') });

    expect(latin.text).toBe(text);
    expect(unicode.text).toBe(text);
  });
});
