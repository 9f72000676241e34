/** Reads one record of a spreadsheet saved as text (CSV): fields split by a separator, a quoted field may hold the separator, doubled quotes and line breaks. */
import { escapeCellText } from './html-text.js';

export interface CsvRecord {
  /** Line where the record starts. */
  start: number;
  /** Line after the record. */
  next: number;
  fields: string[];
}

/** The fields of the record that starts at line i, and the line after it; null when a quote never closes. */
export function readRecord(lines: readonly string[], i: number, separator: string): { fields: string[]; next: number } | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let j = i; j < lines.length && j - i < 20; j++) {
    const line = lines[j]!;
    for (let k = 0; k < line.length; k++) {
      const ch = line[k]!;
      if (quoted) {
        if (ch === '"' && line[k + 1] === '"') {
          field += '"';
          k++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"' && atStart) {
        quoted = true;
        atStart = false;
      } else if (ch === separator) {
        fields.push(field);
        field = '';
        atStart = true;
      } else {
        field += ch;
        atStart = false;
      }
    }
    if (!quoted) {
      fields.push(field);
      return { fields, next: j + 1 };
    }
    field += '\n';
  }
  return null;
}

/** A field as a table cell: a line break inside it kept as <br>. */
export const csvCell = (f: string) => (f.includes('\n') ? f.trim().split('\n').map(escapeCellText).join('<br>') : f.trim());

/** A record as a line: its cells tab-separated, a record with one filled cell as plain text, an empty one as a blank line. */
export function recordLine(fields: readonly string[]): string {
  const cells = fields.map(csvCell);
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells.length <= 1 ? (cells[0] ?? '') : cells.join('\t');
}
