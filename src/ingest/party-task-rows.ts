/**
 * "Afspraak | Gemeente | Tjongerwerf | Huurdersvereniging": a table whose first column names the agreement and every
 * other column a party, each cell saying what that party does for the row's agreement ("–" where it has no task).
 * Unlike a column per party under "Onderwerp" (party-columns.ts), the row is one agreement: its parties with a task
 * are responsible. The rows are rewritten as "Onderwerp | Afspraak | Wie" rows, which the table layouts read.
 */
import type { ExtractedParty } from '../core/agreement.js';
import type { Block } from './blocks.js';
import { flatten, htmlFragmentToText as cellText } from './html-text.js';
import { resolveResponsibleColumn } from './responsible-parties.js';

/** The first header cell says each row is an agreement. */
const AGREEMENT_HEAD = /^(?:afspra(?:ak|ken)|prestaties?)$/i;
const NO_TASK = /^[\s–—\-x/]*$|^n\.?v\.?t\.?$/i;

const plain = (cell: string) => flatten(cellText(cell)).replace(/\*+/g, '').trim();

/** The party each column after the first names ("Gemeente", a short name), when all of them name exactly one. */
function taskColumns(cells: readonly string[], parties: readonly ExtractedParty[]): string[] | null {
  if (cells.length < 3 || !AGREEMENT_HEAD.test(plain(cells[0] ?? ''))) return null;
  const names = cells.slice(1).map((c) => resolveResponsibleColumn(plain(c), parties));
  return names.every((n) => n.length === 1) ? names.map((n) => n[0]!) : null;
}

export function expandPartyTaskRows(blocks: readonly Block[], parties: readonly ExtractedParty[]): Block[] {
  const out: Block[] = [];
  let columns: string[] | null = null;
  const row = (b: Block, cells: string[]): Block => ({ ...b, raw: cells.join('\t'), text: cells.join('\t'), cells });
  for (const b of blocks) {
    if (!b.cells) {
      columns = null;
      out.push(b);
      continue;
    }
    const header = taskColumns(b.cells, parties);
    if (header) {
      columns = header;
      out.push(row(b, ['Onderwerp', 'Afspraak', 'Wie']));
      continue;
    }
    if (!columns) {
      out.push(b);
      continue;
    }
    const tasks = b.cells.slice(1).map((c, i) => ({ party: columns![i], text: plain(c) })).filter((t) => t.party && !NO_TASK.test(t.text));
    // Each party's task as a paragraph of its own, led by the party, so the text says who does what.
    const text = tasks.map((t) => `<p>${t.party}: ${t.text}${/[.!?]$/.test(t.text) ? '' : '.'}</p>`).join(' ');
    out.push(row(b, [b.cells[0] ?? '', text, tasks.map((t) => t.party).join(', ')]));
  }
  return out;
}
