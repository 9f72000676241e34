/** The progress matrix as a table for download: CSV (RFC 4180, comma-separated) and an Excel sheet with coloured statuses. */
import type { MatrixCell, ProgressMatrix } from './matrix.js';
import { quarterHeading } from './matrix.js';
import { COLOUR_HEX } from './statuses.js';
import { writeXlsx, type XlsxValue } from './xlsx.js';

/** Header and rows: per quarter the status, the toelichting and the realised figure. */
export function matrixTable(m: ProgressMatrix): { header: string[]; rows: XlsxValue[][]; cells: MatrixCell[][] } {
  const header = ['Nr', 'Afspraak', 'Thema', 'Partij', ...m.quarters.flatMap((q) => [quarterHeading(q), `${quarterHeading(q)} toelichting`, `${quarterHeading(q)} gerealiseerd`])];
  const rows = m.rows.map((r) => [r.number, r.title, r.theme, r.party, ...r.cells.flatMap((c) => [c.status ?? '', c.note ?? '', c.realised])]);
  return { header, rows, cells: m.rows.map((r) => r.cells) };
}

const csvCell = (v: XlsxValue) => {
  const s = v === null ? '' : String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function renderMatrixCsv(m: ProgressMatrix): string {
  const { header, rows } = matrixTable(m);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function renderMatrixXlsx(m: ProgressMatrix): Promise<Buffer> {
  const { header, rows, cells } = matrixTable(m);
  // The status column of each quarter gets the status colour, as on the dashboard.
  const fills = cells.map((rowCells) => [null, null, null, null, ...rowCells.flatMap((c) => [c.status ? COLOUR_HEX[c.colour] : null, null, null])]);
  const widths = [6, 48, 28, 22, ...m.quarters.flatMap(() => [16, 40, 12])];
  return writeXlsx({ name: `Voortgang ${m.municipality} ${m.year}`, header, rows, fills, widths });
}
