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
  /** The question as typed: a row or column label it names ("De Goudse Waard", "basisscenario") counts. */
  question?: string;
  /** Only a cell whose labels also hold a topic word of the question (searching beyond the best hits). */
  requireTopic?: boolean;
}

/** Label words that name something (not years, amounts or "totaal"). */
const nameLabelWords = (label: string) => nameWords(label).filter((w) => w.length >= 3 && !/^\d/.test(w) && w !== 'totaal' && w !== 'de' && w !== 'het');

const hasNumber = (s: string) => /\d/.test(s);
/** A cell without Markdown emphasis ("**215**"). */
const plain = (s: string) => s.replace(/\*+|__/g, '').trim();
const norm = (s: string) => ` ${nameWords(s).join(' ')} `;

/**
 * The cell a number question asks for in the tables of these agreements: its row or column names the
 * party and the year asked, and the topic words fit the caption, headers or row label
 * ("hoeveel sociale huurwoningen levert De Alliantie in 2026 op?" → row De Alliantie, column 2026).
 * Null unless every named party and year is matched.
 */
export function findTableCell(agreements: IndexedAgreement[], q: CellQuery): TableCell | null {
  if (!q.party && !q.year) return null;
  const asked = q.question ? norm(q.question) : '';
  const namedIn = (label: string) => nameLabelWords(label).filter((w) => asked.includes(` ${w} `)).length;
  let best: (TableCell & { score: number }) | null = null;
  const stems = (s: string) => new Set(q.analyzer.stems(s));
  for (const agreement of agreements) {
    for (const table of agreement.tables) {
      const captionStems = stems(`${table.caption ?? ''} ${table.header.join(' ')}`);
      // When the question names a row or column of this table (a corporation, a scenario), only its cells answer.
      const labelsNamed = [...table.header.slice(1), ...table.rows.map((r) => r[0] ?? '')].some((l) => namedIn(l) > 0);
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
          const named = namedIn(`${rowLabel} ${column}`);
          if (labelsNamed && named === 0) continue;
          const labelStems = stems(`${rowLabel} ${column}`);
          const labelWords = nameWords(`${rowLabel} ${column}`);
          // A cell whose row and column are what the question names (party or label, and the year) answers it
          // even when no topic word is in the table ("Hoeveel woningen levert Hunzedal in 2025 op?").
          const structural = (q.party || named > 0) && (!q.year || yearOk) ? 0.5 : 0;
          let score = structural + named;
          let topic = 0;
          for (const t of q.terms) {
            if (!t.core) continue;
            // A whole alternative in the labels counts fully; a label word that opens the compound asked
            // ("Middenhuur" of "middenhuurwoningen") says what kind, and counts partly.
            let share = t.alternatives.some((alt) => alt.every((s) => labelStems.has(s) || captionStems.has(s))) ? 1 : 0;
            if (!share && /^[a-z]{8,}$/.test(t.word) && labelWords.some((w) => w.length >= 5 && t.word.startsWith(w) && w !== t.word)) share = 0.6;
            topic += t.weight * share;
          }
          if (q.requireTopic && (topic === 0 || !partyOk || !yearOk || !q.party || !q.year)) continue;
          // A question for "how many" without naming a project is answered by the total.
          score += topic + (/\btota(?:al|le)\b/i.test(rowLabel) && named === 0 ? 0.25 : 0);
          if (score > 0 && (!best || score > best.score)) best = { agreement, table, row: plain(rowLabel), column: plain(column), value: plain(value), score };
        }
      }
    }
  }
  return best && { agreement: best.agreement, table: best.table, row: best.row, column: best.column, value: best.value };
}
