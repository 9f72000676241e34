import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/qa/analysis/analyzer.js';
import { findTableCell } from '../../src/qa/compose/table-cell.js';
import type { IndexedAgreement } from '../../src/qa/index/segment.js';
import { findNumberMentions } from '../../src/qa/question/reference.js';
import { prepareQuery } from '../../src/qa/retrieval/prepare-query.js';
import { memoryIndex } from '../helpers/memory-index.js';

const at = (q: string, name: string) => [{ start: q.indexOf(name), end: q.indexOf(name) + name.length }];

describe('agreement numbers in a question', () => {
  it('reads lettered numbers glued to the municipality and chapter-qualified ones', () => {
    expect(findNumberMentions('B4 Kanaalstad', at('B4 Kanaalstad', 'Kanaalstad'))).toMatchObject([{ number: 'B4', explicit: true }]);
    expect(findNumberMentions('wat staat er in 3.2 Kanaalstad?', at('wat staat er in 3.2 Kanaalstad?', 'Kanaalstad'))[0]).toMatchObject({ number: '3.2', explicit: true });
    expect(findNumberMentions('thema 2 afspraak 5 Kanaalstad', at('thema 2 afspraak 5 Kanaalstad', 'Kanaalstad'))[0]).toMatchObject({ number: '2.5', explicit: true });
    expect(findNumberMentions('Kanaalstad D.2?', at('Kanaalstad D.2?', 'Kanaalstad'))[0]).toMatchObject({ number: 'D.2', explicit: true });
    expect(findNumberMentions('Waar gaat afspraak 2 van hoofdstuk 5 in Kanaalstad over?', at('Waar gaat afspraak 2 van hoofdstuk 5 in Kanaalstad over?', 'Kanaalstad'))[0]).toMatchObject({ number: '5.2', explicit: true });
    expect(findNumberMentions('Kanaalstad 13: waar gaat die afspraak over?', at('Kanaalstad 13: waar gaat die afspraak over?', 'Kanaalstad'))[0]).toMatchObject({ number: '13', explicit: true });
    // A year before the name is a year.
    expect(findNumberMentions('wat doen we in 2026 Kanaalstad', at('wat doen we in 2026 Kanaalstad', 'Kanaalstad')).filter((n) => n.explicit)).toEqual([]);
  });
});

describe('a table cell', () => {
  const agreement = (tables: IndexedAgreement['tables']): IndexedAgreement => ({
    agreementId: 'a', documentId: 'd', municipality: 'Kanaalstad', number: '2', title: 'Productie', chapterTitle: null, responsible: [],
    period: { from: 2026, to: 2029 }, actionYear: null, yearText: '', multiYearText: '', tables,
  });
  const analyzer = createAnalyzer([]);

  it('takes the column the question names in a table with years as rows, with no topic word in the table', () => {
    const a = agreement([{ caption: null, header: ['', 'Woonbron Vaart', 'Kanaalwonen', 'Totaal'], rows: [['2027', '120', '40', '160'], ['2028', '96', '72', '168']] }]);
    const cell = findTableCell([a], { analyzer, terms: [], party: null, year: 2028, question: 'Hoeveel woningen levert Kanaalwonen in 2028 op?' });
    expect(cell).toMatchObject({ row: '2028', column: 'Kanaalwonen', value: '72' });
  });

  it('takes the row that names the first part of a compound asked ("middenhuurwoningen" → Middenhuur), without emphasis marks', () => {
    const a = agreement([{ caption: null, header: ['Nieuwbouw', '2027', '2028'], rows: [['Sociale huur Kanaalwonen', '120', '140'], ['Middenhuur Kanaalwonen', '25', '30'], ['**Totaal**', '**145**', '**170**']] }]);
    const terms = prepareQuery('middenhuurwoningen', analyzer, memoryIndex([a], analyzer).snapshot).terms;
    const party = { name: 'Kanaalwonen', forms: ['kanaalwonen'], municipalities: new Set(['Kanaalstad']), kind: 'corporatie' as const, role: false };
    expect(findTableCell([a], { analyzer, terms, party, year: 2028, question: 'Hoeveel middenhuurwoningen levert Kanaalwonen in 2028 op?' })).toMatchObject({ row: 'Middenhuur Kanaalwonen', value: '30' });
  });

  it('gives nothing for a year alone when nothing else of the question is in the table', () => {
    const a = agreement([{ caption: null, header: ['', '2027', '2028'], rows: [['Woonbron Vaart', '120', '96']] }]);
    expect(findTableCell([a], { analyzer, terms: [], party: null, year: 2028, question: 'Hoeveel kost een parkeervergunning in 2028?' })).toBeNull();
  });
});

describe('when an agreement is due', () => {
  it('quotes the agreement\'s own planning before the document\'s period', async () => {
    const { composeField } = await import('../../src/qa/compose/compose-agreement.js');
    const a: IndexedAgreement = {
      agreementId: 'a', documentId: 'd', municipality: 'Kanaalstad', number: '1.2', title: 'Warmteplan', chapterTitle: null, responsible: ['Gemeente'],
      period: { from: 2026, to: 2029 }, actionYear: 2026, yearText: 'De gemeente stelt het warmteplan op. Planning: Q3 2026', multiYearText: '',
    tables: [],
    };
    const answer = composeField(a, 'period', 'nl');
    expect(answer.split('\n')[0]).toBe('Planning: Q3 2026');
    expect(answer).toContain('2026');
  });
});
