/**
 * A table with a column per party ("Onderwerp | Lefier | Groninger Huis | Woonzorg Nederland") holding each party's
 * commitment per row: every filled cell is an agreement of the party of its column, numbered row by row, left to
 * right. The cells become list items ("• Nieuwbouw sociale huur (Lefier) – Oplevering van 48 appartementen … (trekker:
 * Lefier)") that the list layout reads; a dash ("–") is no commitment.
 */
import type { ExtractedParty } from '../core/agreement.js';
import type { Block } from './blocks.js';
import { nameKey } from './front-matter/party-list.js';
import { flatten, htmlFragmentToText as cellText } from './html-text.js';

const EMPTY = /^[\s–—\-x/]*$|^n\.?v\.?t\.?$/i;

/** The party each column names, when at least two columns after the first name a party of the document. */
function partyColumns(cells: readonly string[], byKey: ReadonlyMap<string, ExtractedParty>): Array<ExtractedParty | null> | null {
  const columns = cells.map((c, i) => (i === 0 ? null : (byKey.get(nameKey(flatten(cellText(c)))) ?? null)));
  return columns.filter(Boolean).length >= 2 && columns.slice(1).every(Boolean) ? columns : null;
}

export function expandPartyColumns(blocks: readonly Block[], parties: readonly ExtractedParty[]): Block[] {
  const out: Block[] = [];
  // The parties by each of their names, built once per document.
  const byKey = new Map<string, ExtractedParty>();
  for (const p of parties) for (const n of [p.name, ...p.aliases]) byKey.set(nameKey(n), p);
  let columns: Array<ExtractedParty | null> | null = null;
  for (const b of blocks) {
    if (!b.cells) {
      columns = null;
      out.push(b);
      continue;
    }
    const header = partyColumns(b.cells, byKey);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) {
      out.push(b);
      continue;
    }
    const topic = flatten(cellText(b.cells[0] ?? '')).replace(/\*+/g, '').trim();
    b.cells.slice(1).forEach((cell, i) => {
      const party = columns![i + 1];
      const text = flatten(cellText(cell)).trim();
      if (!party || EMPTY.test(text)) return;
      // The trekker stated after the text, as "(trekker: …)" lines are read everywhere.
      const line = `• ${topic} (${party.name}) – ${text}${/[.!?)]$/.test(text) ? '' : '.'} (trekker: ${party.name})`;
      out.push({ ...b, raw: line, text: line, cells: null, level: 0, blankBefore: true, blankAfter: true });
    });
  }
  return out;
}
