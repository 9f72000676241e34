import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { layoutPages, type PositionedText } from '../../src/ingest/pdf-layout.js';

// Text items as a PDF of a table drawn with lines gives them: one item per cell line, the cells only a few points
// apart (a narrow "Nr" column right beside "Thema", the text column close to "Wie").
const SIZE = 9;
const item = (x: number, y: number, str: string): PositionedText => ({ str, x, y, width: str.length * SIZE * 0.45, fontSize: SIZE });
const COLUMNS = [60, 80, 160, 338, 420];
/** A table line: one string (or nothing) per column. */
const row = (y: number, cells: ReadonlyArray<string | null>) => cells.flatMap((c, i) => (c ? [item(COLUMNS[i]!, y, c)] : []));
const HEADER = ['Nr', 'Thema', 'Wat doen we', 'Wie', 'Gereed'];

const page1: PositionedText[] = [
  item(60, 800, 'Prestatieafspraken 2026'),
  item(60, 780, 'Gemeente Veenoord'),
  item(60, 750, 'Gemeente Veenoord, Woonstichting Zuidkade en Huurdersraad Veenoord maken de volgende afspraken.'),
  item(60, 720, 'Afspraken 2026'),
  ...row(700, HEADER),
  ...row(680, ['1', 'Nieuwbouw en', 'Starterswoningen Kade', 'Zuidkade', 'Eind']),
  ...row(668, [null, 'verhuizen', 'Zuidkade bouwt 30 woningen voor', null, '2026']),
  ...row(656, [null, null, 'starters aan de Kade.', null, null]),
  ...row(630, ['2', null, 'Grondprijs', 'Gemeente', '1 mei 2026']),
  ...row(618, [null, null, 'De gemeente verlaagt de grondprijs voor', null, null]),
  ...row(606, [null, null, 'sociale huurwoningen naar 18.000 euro.', null, null]),
  ...row(580, ['3', 'Betaalbaarheid', 'Huurbeleid', 'Zuidkade,', 'Doorlopend']),
  ...row(568, [null, null, 'Zuidkade houdt de jaarlijkse huurverhoging', 'Huurdersraad', null]),
];
const page2: PositionedText[] = [
  ...row(800, HEADER),
  ...row(780, [null, null, 'gelijk aan de inflatie en overlegt elk jaar', null, null]),
  ...row(768, [null, null, 'met de huurdersraad over het voorstel.', null, null]),
  ...row(740, ['4', null, 'Huurachterstand', 'Gemeente', 'Doorlopend']),
  ...row(728, [null, null, 'De gemeente belt huurders met een', null, null]),
  ...row(716, [null, null, 'achterstand binnen vijf werkdagen.', null, null]),
];

describe('a table drawn with lines in a PDF', () => {
  it('reads its columns, a theme given only in the first row of its group, and a row broken over a page', () => {
    const text = layoutPages([page1, page2]);
    const d = extractDocument(text, { sourceName: 'veenoord.pdf' });
    expect(d.agreements.map((a) => [a.number, a.chapterTitle, a.title, a.responsible])).toEqual([
      ['1', 'Nieuwbouw en verhuizen', 'Starterswoningen Kade', ['Woonstichting Zuidkade']],
      ['2', 'Nieuwbouw en verhuizen', 'Grondprijs', ['Gemeente']],
      ['3', 'Betaalbaarheid', 'Huurbeleid', ['Woonstichting Zuidkade', 'Huurdersraad Veenoord']],
      ['4', 'Betaalbaarheid', 'Huurachterstand', ['Gemeente']],
    ]);
    expect(d.agreements[2]!.multiYearText).toContain('overlegt elk jaar met de huurdersraad');
  });
});
