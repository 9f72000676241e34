/** Decides how a document numbers its agreements: table rows, label headings or numbered paragraphs. */
import { CELL_NUMBER, matchLabelHeading, parseNumberCell, type HeadingFamily } from './agreement-labels.js';
import { htmlFragmentToText } from './html-text.js';
import { matchTableHeader, type ColumnRole } from './table-rows.js';

export type Layout = 'table' | 'paragraph' | 'heading';

export interface LayoutChoice {
  layout: Layout;
  /** For the heading layout: which label style opens an agreement, so other labels stay body text. */
  family: HeadingFamily | null;
}

/** "12. Tekst" or "12) Tekst" opening a numbered paragraph. */
export const PARA_RE = /^\s*(?:<p>)?\s*(\d{1,3})[.)]\s+(\S.*)$/;

/** Markdown heading marks carry no meaning for the structure. */
export const stripMarks = (line: string) => line.trim().replace(/^#{1,6}\s+/, '');

/** True for a table row that opens a numbered agreement, in a number column or at the start of its text. */
function isNumberedRow(cells: readonly string[], roles: readonly ColumnRole[] | null): boolean {
  const numberIdx = roles?.indexOf('number') ?? -1;
  if (numberIdx >= 0 && parseNumberCell(htmlFragmentToText(cells[numberIdx] ?? ''))) {
    return cells.filter((c) => c.trim()).length > 1;
  }
  const textIdx = Math.max(0, roles?.indexOf('multi') ?? 0);
  return CELL_NUMBER.test(htmlFragmentToText(cells[textIdx] ?? cells[0]!)) || CELL_NUMBER.test(htmlFragmentToText(cells[0]!));
}

/** Picks the layout that numbers most agreements, so numbered lists inside agreement text are left alone. */
export function detectLayout(lines: readonly string[]): LayoutChoice {
  const families = new Map<HeadingFamily, number>();
  let tableRows = 0;
  let paragraphs = 0;
  let roles: ColumnRole[] | null = null;
  for (const line of lines) {
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const header = matchTableHeader(cells);
      if (header) roles = header;
      else if (isNumberedRow(cells, roles)) tableRows++;
      continue;
    }
    const heading = matchLabelHeading(stripMarks(line));
    if (heading) families.set(heading.family, (families.get(heading.family) ?? 0) + 1);
    else if (PARA_RE.test(line)) paragraphs++;
  }
  const keyword = [...families].filter(([f]) => f !== 'dotted').sort((a, b) => b[1] - a[1])[0];
  if (keyword && keyword[1] >= 2 && keyword[1] >= tableRows) return { layout: 'heading', family: keyword[0] };
  const dotted = families.get('dotted') ?? 0;
  if (dotted >= 2 && dotted >= tableRows && dotted >= paragraphs) return { layout: 'heading', family: 'dotted' };
  if (tableRows >= 2) return { layout: 'table', family: null };
  return { layout: 'paragraph', family: null };
}
