/** Tries every layout on the body and keeps the one that recognises it best; unnumbered layouts only when no numbers are found. */
import type { Block } from '../blocks.js';
import { afspraakBlocks } from './afspraak-blocks.js';
import { bulletCoverage, bullets } from './bullets.js';
import { dottedClauses } from './dotted-clauses.js';
import { fieldRecords } from './field-records.js';
import { letteredItems } from './lettered-items.js';
import { labelHeadings } from './label-headings.js';
import type { Layout } from './layout.js';
import { numberedParagraphs } from './numbered-paragraphs.js';
import { proseSections } from './prose-sections.js';
import { tableRows } from './table-rows.js';
import { trailingLabels } from './trailing-labels.js';
import { unnumberedTableRows } from './unnumbered-table-rows.js';

/** In order of preference when two layouts find as many agreements. */
export const NUMBERED_LAYOUTS: readonly Layout[] = [labelHeadings, dottedClauses, tableRows, numberedParagraphs];
export const UNNUMBERED_LAYOUTS: readonly Layout[] = [unnumberedTableRows, afspraakBlocks, bullets, proseSections];

export interface LayoutChoice {
  layout: Layout;
  score: number;
}

/**
 * Keyword headings win over tables, and dotted numbers over tables and paragraphs, when they find at least as
 * many: a table or numbered list inside an agreement is its text. Numbered paragraphs are the last numbered
 * layout; without any numbers the unnumbered layouts (Afspraak: blocks, bullets, prose sections) are tried.
 */
export function chooseLayout(blocks: readonly Block[]): LayoutChoice | null {
  // "Nr.: 1.1" / "Onderwerp: …" / "Afspraak: …" records say outright where each agreement starts.
  const fields = fieldRecords.detect(blocks);
  if (fields >= 2) return { layout: fieldRecords, score: fields };
  // "… tegen de sociale grondprijs. [A2]": numbers after each paragraph say outright where each agreement ends.
  const trailing = trailingLabels.detect(blocks);
  if (trailing >= 3) return { layout: trailingLabels, score: trailing };
  const scores = new Map(NUMBERED_LAYOUTS.map((l) => [l, l.detect(blocks)]));
  const [label, dotted, table, paragraph] = NUMBERED_LAYOUTS.map((l) => scores.get(l)!) as [number, number, number, number];
  if (label >= 2 && label >= table) return { layout: labelHeadings, score: label };
  if (dotted >= 2 && dotted >= table && dotted >= paragraph) return { layout: dottedClauses, score: dotted };
  if (table >= 2) return { layout: tableRows, score: table };
  // A table of agreements without numbers outweighs a few numbered lines beside it (a numbered list of pillars in
  // the introduction): the table's rows are the agreements.
  if (label === 0 && dotted === 0 && table === 0 && paragraph > 0) {
    const rows = unnumberedTableRows.detect(blocks);
    if (rows >= 3 && rows > 2 * paragraph) return { layout: unnumberedTableRows, score: rows };
  }
  if (paragraph >= 2 || (paragraph === 1 && label === 0 && dotted === 0)) return { layout: numberedParagraphs, score: paragraph };
  // Only letters under chapter headings ("a.", "b." below "IV Duurzaamheid"): they are the agreements.
  const letters = letteredItems.detect(blocks);
  if (letters >= 3 && label === 0 && dotted === 0 && table === 0) return { layout: letteredItems, score: letters };
  if (label === 1) return { layout: labelHeadings, score: 1 };
  if (dotted === 1) return { layout: dottedClauses, score: 1 };
  if (table === 1) return { layout: tableRows, score: 1 };
  const blocksScore = afspraakBlocks.detect(blocks);
  const bulletScore = bullets.detect(blocks);
  const proseScore = proseSections.detect(blocks);
  // "Doel | Prestatie | Wie" without numbers: the rows are the agreements when they are not fewer than any other reading finds.
  const rowScore = unnumberedTableRows.detect(blocks);
  if (rowScore >= 2 && rowScore >= Math.max(blocksScore, bulletScore, proseScore)) return { layout: unnumberedTableRows, score: rowScore };
  if (blocksScore >= 1) return { layout: afspraakBlocks, score: blocksScore };
  // Bullets are the agreements when most sections consist of them; a list in one section is that section's text.
  if (bulletScore >= 2 && (proseScore === 0 || bulletCoverage(blocks) >= 0.5)) return { layout: bullets, score: bulletScore };
  if (proseScore >= 1) return { layout: proseSections, score: proseScore };
  return null;
}
