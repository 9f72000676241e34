/**
 * A spreadsheet saved as CSV with semicolons (the Dutch Excel default): `A1;Woningvoorraad;…;"HST levert …
 * De overige …";HST;GEM`. Its records become tab-separated rows like any other table; a quoted cell may hold
 * semicolons and line breaks (kept as <br>). Only records with the sheet's own number of fields are rows, so a
 * sentence with a semicolon or two stays a sentence.
 */
import { readRecord, recordLine, type CsvRecord } from './csv-records.js';

export function semicolonRowsToTabs(lines: readonly string[]): string[] {
  // Cheap test first: a sheet has several lines with two or more semicolons.
  if (lines.filter((l) => /;[^;]*;/.test(l)).length < 3) return [...lines];
  const records: CsvRecord[] = [];
  for (let i = 0; i < lines.length; ) {
    // HTML (a table on one line) is no sheet, whatever semicolons its text holds.
    const r = (lines[i]!.includes(';') || lines[i]!.startsWith('"')) && !/<\/?(?:t[dhr]|p|table)\b/i.test(lines[i]!) ? readRecord(lines, i, ';') : null;
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
    // "Afkortingen;;;;": one filled cell is a line of text; an empty record a blank line.
    out.push(recordLine(r.fields));
    at = r.next;
  }
  out.push(...lines.slice(at));
  return out;
}
