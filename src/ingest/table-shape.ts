/**
 * A table read from text rows (a PDF or tab-separated export) made addressable by row and column:
 * a second header row of years under group labels ("Oplevering woningen" over 2025 … 2029) names each column
 * with both, a row with only a label ("Harde projecten sociale huur") names the rows below it, the text cells
 * that open a row are its label, and values a PDF pushed past the last column are moved back under it.
 */
import type { AgreementTable } from '../core/agreement.js';

const YEAR = /^(?:19|20)\d{2}$/;
const isNumeric = (s: string) => /^[\d.,%\s€+-]+$/.test(s) && /\d/.test(s);

/** A row that repeats the years of a header row at the same places, with at most a label before them. */
function repeatsYears(row: readonly string[], years: readonly string[]): boolean {
  const filled = row.map((c, i) => [c, i] as const).filter(([c, i]) => c && i > 0);
  return filled.length > 0 && filled.every(([c, i]) => YEAR.test(c) && years[i] === c);
}

export function shapeTable(input: readonly (readonly string[])[], caption: string | null): AgreementTable | null {
  const rows = input.map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim())).filter((r) => r.some(Boolean));
  const [first, ...rest] = rows;
  if (!first || rest.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const header = Array.from({ length: width }, (_, i) => first[i] ?? '');
  // "2025 2026 … " under the group labels of the first row.
  let years: string[] = [];
  if (rest[0] && !rest[0][0] && rest[0].filter(Boolean).every((c) => YEAR.test(c))) {
    years = Array.from({ length: width }, (_, i) => rest[0]![i] ?? '');
    rest.shift();
    let group = '';
    for (let i = 0; i < width; i++) {
      if (first[i]) group = first[i]!;
      if (years[i]) header[i] = `${group} ${years[i]}`.trim();
    }
  }
  const last = header.reduce((m, h, i) => (h ? i : m), 0);
  const firstYear = years.findIndex(Boolean);
  const labelEnd = firstYear > 0 ? firstYear : 1;
  const out: string[][] = [];
  let section = '';
  for (const raw of rest) {
    const row = Array.from({ length: width }, (_, i) => raw[i] ?? '');
    const filled = row.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
    if (filled.length === 1 && filled[0] === 0) {
      section = row[0]!;
      continue;
    }
    if (row[0] && years.length && repeatsYears(row, years)) {
      section = row[0];
      continue;
    }
    // Values a PDF pushed past the last labelled column go back under the last columns, in their order.
    const beyond = filled.filter((i) => i > last);
    if (beyond.length) {
      const shift = beyond.at(-1)! - last;
      for (const i of beyond) {
        if (!row[i - shift]) row[i - shift] = row[i]!;
        row[i] = '';
      }
    }
    // The text cells before the figures name the row ("Poort New Brooklyn fase 3 D2").
    const labelParts: string[] = [];
    for (let i = 0; i < labelEnd; i++) {
      const c = row[i]!;
      if (c && !isNumeric(c)) {
        labelParts.push(c);
        if (i > 0) row[i] = '';
      }
    }
    const label = labelParts.join(' ');
    row[0] = section && label ? `${section}, ${label}` : label || section;
    out.push(row.slice(0, last + 1));
  }
  if (out.length === 0) return null;
  return { caption, header: header.slice(0, last + 1), rows: out };
}
