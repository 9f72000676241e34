/**
 * A spreadsheet saved as CSV with commas (the English Excel default): title rows padded with commas
 * (`Prestatieafspraken Dorp 2026,,,,`), a header `Nr,Thema,Afspraak,Trekker,Jaar` and records whose quoted
 * fields hold commas, doubled quotes and line breaks. Prose is full of commas, so a sheet needs a header that
 * names agreement columns and at least two records of the header's width right below it; only the records
 * around that header, with exactly its number of fields, become tab-separated rows.
 */
import { readRecord, recordLine, type CsvRecord } from './csv-records.js';
import { matchTableHeader } from './table-columns.js';

/** Lines that are another kind of table already (tabs, HTML, Markdown pipes) are no CSV. */
const isCandidate = (line: string) => (line.includes(',') || line.startsWith('"')) && !line.includes('\t') && !/^\s*\||<\/?(?:t[dhr]|p|table)\b/i.test(line);

/** The header's width when the record is a header row: short labels, empty fields only at the end. */
function headerWidth(r: CsvRecord): number {
  const fields = r.fields.map((f) => f.trim());
  const filled = fields.length - [...fields].reverse().findIndex(Boolean);
  const labels = fields.slice(0, filled);
  if (labels.length < 3 || labels.some((f) => !f || f.length > 40 || f.includes('\n'))) return 0;
  return matchTableHeader(labels) ? fields.length : 0;
}

export function commaRowsToTabs(lines: readonly string[]): string[] {
  // Cheap test first: a sheet has several lines with two or more commas.
  if (lines.filter((l) => /,[^,]*,/.test(l)).length < 3) return [...lines];
  const records: CsvRecord[] = [];
  for (let i = 0; i < lines.length; ) {
    const r = isCandidate(lines[i]!) ? readRecord(lines, i, ',') : null;
    if (!r) {
      i++;
      continue;
    }
    records.push({ start: i, ...r });
    i = r.next;
  }
  const rows = new Set<CsvRecord>();
  records.forEach((header, h) => {
    const width = headerWidth(header);
    if (!width) return;
    // The sheet: the records that follow each other without a line between, around the header.
    let first = h;
    while (first > 0 && records[first - 1]!.next === records[first]!.start) first--;
    let last = h;
    while (last + 1 < records.length && records[last]!.next === records[last + 1]!.start) last++;
    const below = records.slice(h + 1, last + 1);
    const data = below.filter((r) => r.fields.length === width && r.fields.filter((f) => f.trim()).length >= 2);
    // Most records under the header have its width; a sentence with commas among them does not count.
    if (data.length < 2 || data.length * 4 < below.filter((r) => r.fields.some((f) => f.trim())).length * 3) return;
    for (const r of records.slice(first, last + 1)) if (r.fields.length === width) rows.add(r);
  });
  if (!rows.size) return [...lines];
  const out: string[] = [];
  let at = 0;
  for (const r of records) {
    if (!rows.has(r)) continue;
    out.push(...lines.slice(at, r.start), recordLine(r.fields));
    at = r.next;
  }
  out.push(...lines.slice(at));
  return out;
}
