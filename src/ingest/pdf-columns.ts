/**
 * Pages set in two columns (a brochure): the left column is read before the right one. Without this the lines of
 * both columns interleave by height and every paragraph is cut in two.
 */
import type { PositionedText } from './pdf-layout.js';

/** How much of its column a line of running text fills, at least, to count as running text. */
const FULL = 0.6;
/** Running-text lines each column needs before the page counts as set in columns. */
const MIN_LINES = 6;

/**
 * The items of one page in reading order: bands between lines that run across the gutter (a title over both
 * columns), each band's left column before its right column. A page with no such gutter stays one group.
 */
export function columnsInReadingOrder(items: readonly PositionedText[]): PositionedText[][] {
  const text = items.filter((i) => i.str.trim());
  const gutter = findGutter(text);
  if (gutter === null) return [text];
  const byHeight = [...text].sort((a, b) => b.y - a.y);
  const groups: PositionedText[][] = [];
  let left: PositionedText[] = [];
  let right: PositionedText[] = [];
  const flush = () => {
    if (left.length) groups.push(left);
    if (right.length) groups.push(right);
    left = [];
    right = [];
  };
  const footer = belowColumns(byHeight, gutter);
  for (const item of byHeight) {
    if (footer.has(item)) continue;
    if (crosses(item, gutter)) {
      flush();
      groups.push([item]);
    } else if (item.x + item.width <= gutter) left.push(item);
    else right.push(item);
  }
  flush();
  if (footer.size) groups.push([...footer]);
  return groups;
}

/**
 * A footer below the columns ("Prestatieafspraken Goes · pagina 2 van 5"): lower than all text of the other column
 * and set apart from the text above it, so it ends the page instead of the left column.
 */
function belowColumns(byHeight: readonly PositionedText[], gutter: number): Set<PositionedText> {
  const out = new Set<PositionedText>();
  const lowest = (side: (i: PositionedText) => boolean) => Math.min(...byHeight.filter(side).map((i) => i.y));
  const isLeft = (i: PositionedText) => i.x + i.width <= gutter;
  const lowestLeft = lowest(isLeft);
  const lowestRight = lowest((i) => i.x >= gutter);
  for (let k = byHeight.length - 1; k > 0; k--) {
    const item = byHeight[k]!;
    const above = byHeight.slice(0, k).filter((i) => !out.has(i) && (crosses(i, gutter) || isLeft(i) === isLeft(item)));
    const otherLowest = isLeft(item) ? lowestRight : lowestLeft;
    const gap = (above.at(-1)?.y ?? Infinity) - item.y;
    if (item.y >= otherLowest || gap <= item.fontSize * 2) break;
    out.add(item);
  }
  return out;
}

const crosses = (i: PositionedText, g: number) => i.x < g && i.x + i.width > g;

/**
 * A vertical line in the middle third of the page that hardly any item crosses, with lines of running text on both
 * sides that fill their column. A table's columns hold short cells, so a table does not read as two columns.
 */
function findGutter(items: readonly PositionedText[]): number | null {
  if (items.length < 2 * MIN_LINES) return null;
  const minX = Math.min(...items.map((i) => i.x));
  const maxX = Math.max(...items.map((i) => i.x + i.width));
  const width = maxX - minX;
  let best: { g: number; crossing: number } | null = null;
  for (let g = minX + width * 0.35; g <= minX + width * 0.65; g += 2) {
    const crossing = items.filter((i) => crosses(i, g)).length;
    if (!best || crossing < best.crossing) best = { g, crossing };
  }
  // A title or rule across both columns may cross; more than a few items crossing is one column of text.
  if (!best || best.crossing > Math.max(2, items.length * 0.05)) return null;
  const g = best.g;
  const leftEdge = minX;
  const rightEdge = Math.min(...items.filter((i) => i.x >= g).map((i) => i.x));
  const leftFull = items.filter((i) => i.x + i.width <= g && i.width >= (g - leftEdge) * FULL).length;
  const rightFull = items.filter((i) => i.x >= g && i.width >= (maxX - rightEdge) * FULL).length;
  return leftFull >= MIN_LINES && rightFull >= MIN_LINES ? g : null;
}
