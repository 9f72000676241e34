import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { readAbbreviations } from '../../src/ingest/front-matter/abbreviations.js';

// Invented document for an invented place ("Dijkhoven"): a numbered chapter of abbreviations as a table, then one
// table per theme ("3.1 Wonen (WO)") with a "Wie" column of short forms joined by slashes ("gem/DB/ho").
const text = [
  'Prestatieafspraken Dijkhoven 2026-2028',
  '',
  'Afspraken tussen de gemeente Dijkhoven, Woonstichting De Beemd, Woonzorg Lekdal, Huurdersvereniging De Beemd en Huurdersraad Lekdal',
  '',
  '# 2 Afkortingen',
  '',
  'Afkorting\tBetekenis',
  'gem\tGemeente Dijkhoven',
  'DB\tWoonstichting De Beemd',
  'WL\tWoonzorg Lekdal',
  'HDB\tHuurdersvereniging De Beemd',
  'HRL\tHuurdersraad Lekdal',
  'ho\tbeide huurdersorganisaties (HDB en HRL)',
  'SKF\tStichting Keurmerk Flexwonen',
  '',
  '# 3 Afspraken per thema',
  '',
  '## 3.1 Wonen en nieuwbouw (WO)',
  '',
  'Dijkhoven groeit, maar de sociale huur blijft achter.',
  '',
  'Code\tAfspraak\t2026\t2027\t2028\tWie',
  'WO-1\t<p>Nieuwbouw</p> <p>De corporaties bouwen samen 120 sociale huurwoningen.</p>\t40 woningen\t40 woningen\t40 woningen\tDB/WL',
  'WO-2\t<p>Bouwgrond</p> <p>De gemeente biedt elk jaar een locatie aan voor sociale huur en flexwoningen met het SKF-keurmerk.</p>\tlocatie A\tlocatie B\tn.t.b.\tgem/DB',
  'WO-3\t<p>Flexwoningen Het Veld</p> <p>Op het terrein Het Veld komen 24 flexwoningen voor spoedzoekers.</p>\tvergunning\toplevering\tevaluatie\tgem/WL',
  '',
  '## 3.2 Participatie (PA)',
  '',
  'Huurders praten mee.',
  '',
  'Code\tAfspraak\t2026\t2027\t2028\tWie',
  'PA-1\t<p>Werkbudget</p> <p>De corporaties betalen de huurdersorganisaties een werkbudget.</p>\t€ 5.000\t€ 5.000\t€ 5.500\tDB/WL/ho',
].join('\n');

describe('theme tables with a "Wie" column of short forms from a numbered abbreviations chapter', () => {
  it('reads an abbreviations table under a numbered heading, small-letter short forms included', () => {
    const pairs = readAbbreviations(text.split('\n'));
    expect(pairs).toContainEqual({ short: 'DB', long: 'Woonstichting De Beemd' });
    expect(pairs).toContainEqual({ short: 'gem', long: 'Gemeente Dijkhoven' });
  });

  // "SKF" is used only in "SKF-keurmerk": a standard, no party.
  it('names the theme without its section number and code, and the parties the short forms stand for', () => {
    const doc = extractDocument(text, { sourceName: 'dijkhoven.docx' });
    expect(doc.parties.map((p) => p.name)).toEqual(['Gemeente Dijkhoven', 'Woonstichting De Beemd', 'Woonzorg Lekdal', 'Huurdersvereniging De Beemd', 'Huurdersraad Lekdal']);
    expect(doc.agreements.map((a) => [a.number, a.chapterTitle, a.responsible])).toEqual([
      ['WO-1', 'Wonen en nieuwbouw', ['Woonstichting De Beemd', 'Woonzorg Lekdal']],
      ['WO-2', 'Wonen en nieuwbouw', ['Gemeente', 'Woonstichting De Beemd']],
      ['WO-3', 'Wonen en nieuwbouw', ['Gemeente', 'Woonzorg Lekdal']],
      ['PA-1', 'Participatie', ['Woonstichting De Beemd', 'Woonzorg Lekdal', 'Huurdersorganisaties']],
    ]);
  });

  it('keeps a place named in a cell\'s title line ("Flexwoningen Het Veld") as part of the title', () => {
    const doc = extractDocument(text, { sourceName: 'dijkhoven.docx' });
    expect(doc.agreements.map((a) => a.title)).toEqual(['Nieuwbouw', 'Bouwgrond', 'Flexwoningen Het Veld', 'Werkbudget']);
  });
});
