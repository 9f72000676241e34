import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { pdfInColumns } from './support/layout-documents.js';

const para = (s: string, n: number) => Array.from({ length: n }, () => s).join(' ');

const brochure = `# Wie maken deze afspraken?
Deze afspraken zijn gemaakt door de gemeente Zeedorp, Woonstichting Kaapduin (circa 3.100 woningen in Zeedorp), Woningcorporatie Strandhoeve (circa 1.800 woningen) en Huurdersvereniging De Branding.

# A Betaalbaar blijven wonen
${para('Veel huurders in Zeedorp houden aan het eind van de maand weinig over.', 4)}

## A.1 Huurverhoging volgens inflatie
${para('Kaapduin en Strandhoeve houden de gemiddelde huurverhoging gelijk aan de inflatie.', 5)}
Trekker: Kaapduin, Strandhoeve | Wanneer: jaarlijks per 1 juli

## A.2 Hulp bij schulden
${para('De gemeente neemt binnen vijf werkdagen contact op met een huurder met een achterstand.', 5)}
Trekker: gemeente | Wanneer: doorlopend

# B Genoeg goede woningen voor iedereen
${para('De wachttijd voor een sociale huurwoning loopt op, vooral voor jongeren.', 4)}

## B.1 Bouwen voor de sociale huur
${para('Kaapduin bouwt in de periode 2026-2029 samen met Strandhoeve 400 sociale huurwoningen.', 6)}
Trekker: Kaapduin, Strandhoeve | Wanneer: 2026-2029

## B.2 Grond voor sociale huur
${para('De gemeente rekent voor sociale huurwoningen een vaste grondprijs per woning.', 6)}
Trekker: gemeente | Wanneer: vanaf 2026

# C Zo werken we samen
${para('Partijen spreken elkaar vaak en delen hun plannen vroeg.', 3)}

## C.1 Bestuurlijk overleg
${para('Partijen komen twee keer per jaar bijeen in een bestuurlijk overleg over de voortgang.', 6)}
Trekker: gemeente, Kaapduin, Strandhoeve | Wanneer: twee keer per jaar`;

describe('a brochure PDF set in two columns', () => {
  it('reads the left column before the right one, so codes, themes and Trekker lines stay with their text', async () => {
    const { text } = await readDocument({ name: 'zeedorp.pdf', data: await pdfInColumns(brochure, 'Prestatieafspraken Zeedorp 2026-2029') });
    const d = extractDocument(text, { sourceName: 'zeedorp.pdf' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['A.1', 'Betaalbaar blijven wonen', 'Huurverhoging volgens inflatie', ['Woonstichting Kaapduin', 'Woningcorporatie Strandhoeve']],
      ['A.2', 'Betaalbaar blijven wonen', 'Hulp bij schulden', ['Gemeente']],
      ['B.1', 'Genoeg goede woningen voor iedereen', 'Bouwen voor de sociale huur', ['Woonstichting Kaapduin', 'Woningcorporatie Strandhoeve']],
      ['B.2', 'Genoeg goede woningen voor iedereen', 'Grond voor sociale huur', ['Gemeente']],
      ['C.1', 'Zo werken we samen', 'Bestuurlijk overleg', ['Gemeente', 'Woonstichting Kaapduin', 'Woningcorporatie Strandhoeve']],
    ]);
    // "(circa 3.100 woningen in Zeedorp)" describes a party; the list of parties goes on after it.
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Zeedorp', 'Woonstichting Kaapduin', 'Woningcorporatie Strandhoeve', 'Huurdersvereniging De Branding']);
    // The footer below both columns ends the page; it does not cut the left column from the right one.
    expect(text.trim().split('\n').at(-1)).toMatch(/pagina 1 van 1$/);
  });

  it('puts the cover phrase that names the place before a title without it', () => {
    const cover = `Wonen aan zee in Zeedorp
Prestatieafspraken 2026–2029

Gemeente Zeedorp
Woonstichting Kaapduin

A.1 Huurverhoging volgens inflatie
Kaapduin houdt de huurverhoging gelijk aan de inflatie.
Trekker: Kaapduin

A.2 Hulp bij schulden
De gemeente neemt binnen vijf werkdagen contact op met een huurder met een achterstand.
Trekker: gemeente
`;
    const d = extractDocument(cover, { sourceName: 'zeedorp.txt' });
    expect(d.title).toBe('Wonen aan zee in Zeedorp – Prestatieafspraken 2026–2029');
  });
});
