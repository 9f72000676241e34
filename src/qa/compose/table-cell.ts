import type { AgreementTable } from '../../core/agreement.js';
import type { Analyzer } from '../analysis/analyzer.js';
import type { IndexedAgreement } from '../index/segment.js';
import type { PartyInfo } from '../question/parties.js';
import { nameWords } from '../question/tokens.js';
import type { WeightedTerm } from '../retrieval/prepare-query.js';

/** A table cell that answers a question, with the labels of its row and column. */
export interface TableCell {
  agreement: IndexedAgreement;
  table: AgreementTable;
  row: string;
  column: string;
  value: string;
}

export interface CellQuery {
  analyzer: Analyzer;
  terms: WeightedTerm[];
  party: PartyInfo | null;
  year: number | null;
}

const hasNumber = (s: string) => /\d/.test(s);
const norm = (s: string) => ` ${nameWords(s).join(' ')} `;

/**
 * The cell a number question asks for in the tables of these agreements: its row or column names the
 * party and the year asked, and the topic words fit the caption, headers or row label
 * ("hoeveel sociale huurwoningen levert De Alliantie in 2026 op?" → row De Alliantie, column 2026).
 * Null unless every named party and year is matched.
 */
export function findTableCell(agreements: IndexedAgreement[], q: CellQuery): TableCell | null {
  if (!q.party && !q.year) return null;
  let best: (TableCell & { score: number }) | null = null;
  const stems = (s: string) => new Set(q.analyzer.stems(s));
  for (const agreement of agreements) {
    for (const table of agreement.tables) {
      const captionStems = stems(`${table.caption ?? ''} ${table.header.join(' ')}`);
      for (const row of table.rows) {
        const rowLabel = row[0] ?? '';
        for (let c = 1; c < row.length; c++) {
          const value = row[c] ?? '';
          const column = table.header[c] ?? '';
          if (!hasNumber(value)) continue;
          const labels = norm(`${rowLabel} ${column}`);
          const partyOk = !q.party || q.party.forms.some((f) => labels.includes(` ${f} `));
          const yearOk = !q.year || labels.includes(` ${q.year} `);
          if (!partyOk || !yearOk) continue;
          const labelStems = stems(`${rowLabel} ${column}`);
          let score = 0;
          for (const t of q.terms) {
            if (!t.core) continue;
            const hit = t.alternatives.some((alt) => alt.every((s) => labelStems.has(s) || captionStems.has(s)));
            if (hit) score += t.weight;
          }
          if (score > 0 && (!best || score > best.score)) best = { agreement, table, row: rowLabel, column, value: value.trim(), score };
        }
      }
    }
  }
  return best && { agreement: best.agreement, table: best.table, row: best.row, column: best.column, value: best.value };
}
