/**
 * A spreadsheet saved as CSV with semicolons (the Dutch Excel default): `A1;Woningvoorraad;…;"HST levert …
 * De overige …";HST;GEM`. Its records become tab-separated rows like any other table; a quoted cell may hold
 * semicolons and line breaks (kept as <br>). Only records with the sheet's own number of fields are rows, so a
 * sentence with a semicolon or two stays a sentence.
 */
import { escapeCellText } from './html-text.js';

/** The fields of the record that starts at line i, and the line after it; null when a quote never closes. */
function readRecord(lines: readonly string[], i: number): { fields: string[]; next: number } | null {
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
      } else if (ch === ';') {
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

const cell = (f: string) => (f.includes('\n') ? f.trim().split('\n').map(escapeCellText).join('<br>') : f.trim());

export function semicolonRowsToTabs(lines: readonly string[]): string[] {
  // Cheap test first: a sheet has several lines with two or more semicolons.
  if (lines.filter((l) => /;[^;]*;/.test(l)).length < 3) return [...lines];
  const records: Array<{ start: number; next: number; fields: string[] }> = [];
  for (let i = 0; i < lines.length; ) {
    // HTML (a table on one line) is no sheet, whatever semicolons its text holds.
    const r = (lines[i]!.includes(';') || lines[i]!.startsWith('"')) && !/<\/?(?:t[dhr]|p|table)\b/i.test(lines[i]!) ? readRecord(lines, i) : null;
    if (!r) {
      i++;
      continue;
    }
    records.push({ start: i, ...r });
    i = r.next;
  }
  // The sheet's width: the most common number of fields, at least three, on three records in a row.
  const counts = new Map<number, number>();
  for (const r of records) if (r.fields.length >= 3) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  const [width] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  // …and the run starts with a header: short labels with a capital ("Nr.;Thema;Afspraak;Trekker").
  const header = (r: { fields: string[] }) => r.fields.every((f) => /^[\p{Lu}\d#]/u.test(f.trim()) && f.trim().length <= 40);
  let run = 0;
  let longest = 0;
  records.forEach((r, k) => {
    const follows = k > 0 && records[k - 1]!.next === r.start && records[k - 1]!.fields.length === width && run > 0;
    run = r.fields.length !== width ? 0 : follows ? run + 1 : header(r) ? 1 : 0;
    longest = Math.max(longest, run);
  });
  if (width < 3 || longest < 3) return [...lines];
  const out: string[] = [];
  let at = 0;
  for (const r of records) {
    if (r.fields.length !== width) continue;
    out.push(...lines.slice(at, r.start));
    const fields = r.fields.map(cell);
    while (fields.length && !fields[fields.length - 1]) fields.pop();
    // "Afkortingen;;;;": one filled cell is a line of text; an empty record a blank line.
    out.push(fields.length <= 1 ? (fields[0] ?? '') : fields.join('\t'));
    at = r.next;
  }
  out.push(...lines.slice(at));
  return out;
}
