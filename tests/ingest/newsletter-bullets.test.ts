import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';

const newsletter = `<html><head><title>Nieuwsbrief wonen</title></head><body>
<h1>Nieuwsbrief prestatieafspraken Gemeente Vlierhoven 2026</h1>
<p>Gemeente Vlierhoven, Woonstichting Kempenhof en Huurdersraad Kempenhof hebben nieuwe afspraken gemaakt.</p>
<p>In deze nieuwsbrief:</p>
<ul>
<li><a href="#bouwen">Bouwen in de dorpen</a></li>
<li><a href="#huur">Betaalbare huur</a></li>
</ul>
<h2 id="bouwen">Bouwen in de dorpen</h2>
<ul>
<li><b>Veertig woningen in Oosteind</b><br>Kempenhof bouwt 40 sociale huurwoningen in Oosteind. De gemeente levert de grond.</li>
<li><b>Starters eerst</b><br>Een derde van de nieuwe woningen gaat naar starters uit het dorp.</li>
</ul>
<h2 id="huur">Betaalbare huur</h2>
<ul>
<li><b>Huur omlaag bij laag inkomen</b><br>Kempenhof verlaagt de huur voor huurders met een laag inkomen.</li>
</ul>
</body></html>`;

describe('a newsletter with a bulleted item per agreement', () => {
  it('reads the bold first line of each item as its title, and no list of contents as agreements', async () => {
    const { text } = await readDocument({ name: 'vlierhoven.html', data: Buffer.from(newsletter) });
    const doc = extractDocument(text, { sourceName: 'vlierhoven.html' });

    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.title])).toEqual([
      ['1', 'Bouwen in de dorpen', 'Veertig woningen in Oosteind'],
      ['2', 'Bouwen in de dorpen', 'Starters eerst'],
      ['3', 'Betaalbare huur', 'Huur omlaag bij laag inkomen'],
    ]);
    expect(doc.agreements[0]!.multiYearText).toBe('Kempenhof bouwt 40 sociale huurwoningen in Oosteind. De gemeente levert de grond.');
  });
});
