import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';

// A municipality's web page: the parties as a bullet list under a question heading, brands without a type word,
// and per agreement a description list "Wie / Wanneer".
const page = `<!DOCTYPE html><html lang="nl"><head><title>Prestatieafspraken Beekstad 2026-2029</title></head><body>
<main>
<h1>Prestatieafspraken Beekstad 2026-2029</h1>
<h3>Wie maken de afspraken?</h3>
<ul class="partijen"><li>Gemeente Beekstad</li><li>Domeinwonen</li><li>Het Anker</li><li>Huurdersraad Het Anker</li></ul>
<h2>1. Voldoende woningen</h2>
<article><h3>Afspraak 1.1 Nieuwbouw</h3>
<p>Er komen in de looptijd 400 sociale huurwoningen bij.</p>
<dl class="kenmerken"><dt>Wie</dt><dd>Domeinwonen, Het Anker</dd><dt>Wanneer</dt><dd>2026-2029</dd></dl>
</article>
<article><h3>Afspraak 1.2 Bouwgrond</h3>
<p>Bouwgrond voor 100 woningen per jaar.</p>
<dl><dt>Wie</dt><dd>Gemeente</dd></dl>
</article>
</main></body></html>`;

describe('a web page with a description list per agreement', () => {
  it('reads "Wie" from the list and the brands from the bullet list under "Wie maken de afspraken?"', async () => {
    const { text } = await readDocument({ name: 'beekstad.html', data: Buffer.from(page) });
    expect(text).toContain('Wie: Domeinwonen, Het Anker');
    const d = extractDocument(text, { sourceName: 'beekstad.html' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Beekstad', 'Domeinwonen', 'Het Anker', 'Huurdersraad Het Anker']);
    expect(d.agreements.map((a) => [a.number, a.responsible])).toEqual([
      ['1.1', ['Domeinwonen', 'Het Anker']],
      ['1.2', ['Gemeente']],
    ]);
  });
});
