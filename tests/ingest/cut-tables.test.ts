import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-agreements.js';

const head = '<table border="1"> <thead> <tr> <th>Nr.</th> <th>Actie</th> <th>Eigenaar</th> </tr> </thead> <tbody>';
const row = (n: string, text: string, owner: string) => ` <tr> <td>${n}</td> <td>${text}</td> <td>${owner}</td> </tr>`;

describe('an HTML table cut by a page footer', () => {
  it('ends at its last whole row, so the rows after the footer (a new table) are read too; a heading above a table is its theme', () => {
    const text = [
      'Jaarschijf Molenveld 2026',
      '',
      'Deze afspraken zijn gemaakt door de gemeente Molenveld, Woonstichting Molenwiek (MW) en Huurdersraad Molenwiek.',
      '',
      'Leefbaarheid',
      '',
      `${head}${row('B1', 'Sloop van 48 portiekwoningen.', 'MW')}`,
      '',
      'Jaarschijf Molenveld 2026 – pagina 5',
      '',
      `${head}${row('B2', 'Een woonvorm voor mensen met dementie.', 'Gemeente')}${row('B3', 'Huisvesting van vergunninghouders.', 'Gemeente')} </tbody> </table>`,
      '',
      'Ondertekening',
    ].join('\n');
    const d = extractDocument(text, { sourceName: 'molenveld.txt' });
    expect(d.agreements.map((a) => a.number)).toEqual(['B1', 'B2', 'B3']);
    expect(d.agreements[0]!.responsible).toEqual(['Woonstichting Molenwiek (MW)']);
    expect(d.agreements[0]!.chapterTitle).toBe('Leefbaarheid');
  });
});
