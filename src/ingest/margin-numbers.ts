/**
 * "12<tab>Titel. Tekst …" or "K1<tab>Titel. Tekst …" with the paragraph's other lines below it: a number or code
 * alone in a PDF's left margin column, beside the paragraph it numbers. The reader writes the gap as a tab, as it
 * does between table cells.
 */
const MARGIN_LINE = /^(\s*(?:[A-Z]{1,3}[.-]?)?\d{1,3}(?:\.\d{1,3}){0,2})\t+(?=\S)(?!.*\t)/;

const isRowLine = (line: string | undefined) => line !== undefined && line.includes('\t') && line.trim() !== '';

/**
 * The line with its number set apart by one tab when it is a margin number, else null. A row of a two-column table
 * ("Nr | Afspraak") has a header or other rows right above or below it; a margin paragraph has none.
 */
export function marginNumberLine(lines: readonly string[], index: number): string | null {
  const line = lines[index]!;
  if (!MARGIN_LINE.test(line) || isRowLine(lines[index - 1]) || isRowLine(lines[index + 1])) return null;
  return line.replace(MARGIN_LINE, '$1\t');
}
