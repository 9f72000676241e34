import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readDocument } from '../../src/ingest/read-document.js';

// Word saves a page with its source wrapped at about 80 characters, in the middle of paragraphs, headings and list
// items; the parties are a Word bullet list (a Symbol-font "·" in a supportLists comment) and each agreement says
// who with a question label ("Wie? Kreekrand, gemeente").
const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta name=Generator content="Microsoft Word 15"><title>Prestatieafspraken Veenhoven 2026-2029</title></head>
<body lang=NL>
<div class=WordSection1>
<p class=MsoTitle><span lang=NL>Prestatieafspraken Veenhoven
2026–2029</span></p>
<p class=MsoNormal><span lang=NL>Deze prestatieafspraken zijn gemaakt
door:</span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0
level1 lfo1'><![if !supportLists]><span lang=NL
style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]><span lang=NL>Gemeente Veenhoven;</span></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0
level1 lfo1'><![if !supportLists]><span lang=NL
style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]><span lang=NL>Woonstichting Kreekrand;</span></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0
level1 lfo1'><![if !supportLists]><span lang=NL
style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]><span lang=NL>Stichting Dijkwonen;</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0
level1 lfo1'><![if !supportLists]><span lang=NL
style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]><span lang=NL>Huurdersraad
Kreekrand.</span></p>
<h1><span lang=NL>1. Nieuwe woningen in alle
dorpen</span></h1>
<h3><span lang=NL>Afspraak 1.1 Nieuwbouw voor
starters</span></h3>
<p class=MsoNormal><span lang=NL>Wat? Kreekrand en
Dijkwonen bouwen samen 120 starterswoningen. Kreekrand bouwt er 70 in de
dorpen aan de rivier.</span></p>
<p class=MsoNormal><span lang=NL>Wie? Kreekrand,
Dijkwonen, gemeente</span></p>
<p class=MsoNormal><span lang=NL>Wanneer? 2026–2029</span></p>
<h3><span lang=NL>Afspraak 1.2 Vergunningen
sneller</span></h3>
<p class=MsoNormal><span lang=NL>Wat? De gemeente verleent vergunningen voor
corporatieprojecten binnen acht weken en overlegt daarover met de huurders.</span></p>
<p class=MsoNormal><span lang=NL>Wie?
Gemeente, Huurdersraad Kreekrand</span></p>
</div>
</body></html>`;

describe('a Word page with its source wrapped mid-paragraph', () => {
  it('reads each paragraph, heading and list item as one line, as a browser shows it', async () => {
    const { text } = await readDocument({ name: 'veenhoven.html', data: Buffer.from(page) });
    expect(text).toContain('Deze prestatieafspraken zijn gemaakt door:');
    expect(text).toContain('Afspraak 1.1 Nieuwbouw voor starters');
    expect(text).toContain('Kreekrand bouwt er 70 in de dorpen aan de rivier.');
  });

  it('takes the bullet list of parties and the "Wie?" lines', async () => {
    const { text } = await readDocument({ name: 'veenhoven.html', data: Buffer.from(page) });
    const d = extractDocument(text, { sourceName: 'veenhoven.html' });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Veenhoven', 'Woonstichting Kreekrand', 'Stichting Dijkwonen', 'Huurdersraad Kreekrand']);
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1.1', 'Nieuwe woningen in alle dorpen', 'Nieuwbouw voor starters', ['Gemeente', 'Woonstichting Kreekrand', 'Stichting Dijkwonen']],
      ['1.2', 'Nieuwe woningen in alle dorpen', 'Vergunningen sneller', ['Gemeente', 'Huurdersraad Kreekrand']],
    ]);
  });

  it('keeps the lines of preformatted text', async () => {
    const { text } = await readDocument({ name: 'pre.html', data: Buffer.from('<html><body><p>Inleiding\nloopt door</p><pre>regel een\nregel twee</pre></body></html>') });
    expect(text).toContain('Inleiding loopt door');
    expect(text).toMatch(/regel een\nregel twee/);
  });
});
