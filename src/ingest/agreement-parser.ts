/** Walks the document line by line and collects numbered agreements with their chapter, theme and kind. */
import type { AgreementKind } from '../core/agreement.js';
import { collectTocTitles, isHeadingLike, matchChapterHeading, matchKindHeading, tidyHeading, type ChapterHeading } from './headings.js';
import { flatten, htmlFragmentToText } from './html-text.js';
import { RESPONSIBLE_LABEL } from './responsible-parties.js';
import { mapRow, matchTableHeader, repeatsPrevious, type ColumnRole } from './table-rows.js';

export type Layout = 'table' | 'paragraph' | 'heading';

export interface RawAgreement {
  number: number;
  chapterNumber: number | null;
  chapterTitle: string | null;
  kind: AgreementKind | null;
  layout: Layout;
  /** Title given explicitly in an "Afspraak 3.2 Titel" heading. */
  headingTitle: string | null;
  /** First text after the number, kept with its line breaks for title detection. */
  lead: string;
  multi: string[];
  year: string[];
  responsible: string[];
  original: string[];
}

const HEADING_RE = /^\s*\**\s*(?:prestatie)?afspraak\s+(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d])\s*[:.)\-–]?\s*(.*?)\**\s*$/i;
const PARA_RE = /^\s*(?:<p>)?\s*(\d{1,3})[.)]\s+(\S.*)$/;
const CELL_NUMBER = /^(\d{1,3})[).]\s+/;
const YEAR_LABEL = /^\s*(?:actie|acties|afspraak|jaarschijf|inzet|uitvoering)\s+((?:19|20)\d{2})\s*[:\-–]\s*(.*)$/i;

/** Picks the layout that numbers most agreements, so numbered lists inside agreement text are left alone. */
export function detectLayout(lines: readonly string[]): Layout {
  let headings = 0;
  let tableRows = 0;
  let paragraphs = 0;
  for (const line of lines) {
    if (line.includes('\t')) {
      if (CELL_NUMBER.test(htmlFragmentToText(line.split('\t')[0]!))) tableRows++;
    } else if (HEADING_RE.test(stripMarks(line))) headings++;
    else if (PARA_RE.test(line)) paragraphs++;
  }
  if (headings >= 2 && headings >= tableRows) return 'heading';
  if (tableRows >= 2) return 'table';
  return 'paragraph';
}

const cellText = (cell: string) => htmlFragmentToText(cell);
/** Markdown heading marks carry no meaning for the structure. */
const stripMarks = (line: string) => line.trim().replace(/^#{1,6}\s+/, '');

/** Parses all agreements; numbers, titles and responsible parties are resolved later. */
export function parseAgreements(lines: readonly string[]): { layout: Layout; agreements: RawAgreement[] } {
  const layout = detectLayout(lines);
  const toc = collectTocTitles(lines);
  const out: RawAgreement[] = [];
  let chapter: ChapterHeading | null = null;
  let theme: string | null = null;
  let kind: AgreementKind | null = null;
  let current: RawAgreement | null = null;
  let roles: ColumnRole[] | null = null;
  let previousRow = '';
  let blankBefore = true;
  let sectionChanged = true;
  let bucket: 'multi' | 'year' = 'multi';

  const close = () => {
    if (current) out.push(current);
    current = null;
  };
  const start = (number: number, lead: string, headingTitle: string | null): RawAgreement => {
    close();
    sectionChanged = false;
    bucket = 'multi';
    current = {
      number,
      chapterNumber: chapter?.number ?? null,
      chapterTitle: chapter?.title ?? theme,
      kind,
      layout,
      headingTitle,
      lead,
      multi: [],
      year: [],
      responsible: [],
      original: [],
    };
    return current;
  };
  const lastNumber = () => (current ?? out[out.length - 1])?.number ?? 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let t = stripMarks(line);
    if (!t) {
      blankBefore = true;
      continue;
    }
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const header = matchTableHeader(cells);
      if (header) {
        roles = header;
        previousRow = '';
        blankBefore = false;
        continue;
      }
      const filled = cells.map((c) => c.trim()).filter(Boolean);
      if (layout === 'table' && filled.length > 1) {
        handleRow(cells);
        blankBefore = false;
        continue;
      }
      if (filled.length !== 1) {
        if (layout === 'heading' && current) (current as RawAgreement).original.push(flatten(line));
        blankBefore = false;
        continue;
      }
      t = filled[0]!;
      if (layout === 'table' && roles && !matchChapterHeading(t) && !matchKindHeading(t)) {
        handleRow(cells);
        continue;
      }
    }
    const ch = matchChapterHeading(t, layout === 'heading');
    if (ch) {
      close();
      chapter = { number: ch.number, title: toc.get(ch.title.toLowerCase()) ?? ch.title };
      theme = null;
      kind = null;
      roles = null;
      sectionChanged = true;
      blankBefore = false;
      continue;
    }
    const k = matchKindHeading(t);
    if (k) {
      close();
      kind = k;
      sectionChanged = true;
      blankBefore = false;
      continue;
    }
    if (layout === 'heading') {
      const m = HEADING_RE.exec(t);
      if (m) {
        const parts = m[1]!.split('.').map(Number);
        // "Afspraak 12" keeps its number; dotted labels ("3.2") are numbered in document order.
        const a = start(parts.length === 1 ? parts[0]! : out.length + (current ? 2 : 1), '', m[2]!.trim() || null);
        if (parts.length > 1 && a.chapterNumber === null) a.chapterNumber = parts[0]!;
        a.original.push(t);
        blankBefore = false;
        continue;
      }
    }
    if (layout === 'paragraph') {
      const m = PARA_RE.exec(t);
      const n = m ? Number(m[1]) : NaN;
      const last = lastNumber();
      const fits = (last === 0 && n <= 6) || (n > last && n <= last + 6) || (n === 1 && sectionChanged);
      if (m && fits) {
        const a = start(n, cellText(m[2]!), null);
        a.multi.push(cellText(m[2]!));
        a.original.push(t);
        blankBefore = false;
        continue;
      }
    }
    const nextBlank = !(lines[i + 1] ?? '').trim();
    if (blankBefore && nextBlank && isHeadingLike(t) && layout !== 'table') {
      close();
      theme = tidyHeading(t);
      sectionChanged = true;
      blankBefore = false;
      continue;
    }
    const cur = current as RawAgreement | null;
    if (cur && layout !== 'table') {
      const label = RESPONSIBLE_LABEL.exec(t);
      const yearLabel = YEAR_LABEL.exec(t);
      const continues = layout === 'heading' || !blankBefore || /^\p{Ll}/u.test(t);
      if (!continues) close();
      else if (label) {
        cur.responsible.push(label[1]!);
        cur.original.push(t);
      } else if (yearLabel) {
        bucket = 'year';
        if (yearLabel[2]) cur.year.push(cellText(yearLabel[2]));
        cur.original.push(t);
      } else {
        cur[bucket].push(cellText(t));
        if (!cur.lead) cur.lead = cellText(t);
        cur.original.push(t);
      }
    }
    blankBefore = false;
  }
  close();
  return { layout, agreements: out };

  function handleRow(cells: string[]): void {
    const effective = roles ?? (cells.length >= 3 ? (['multi', 'year', 'responsible'] as ColumnRole[]) : (['multi', 'responsible'] as ColumnRole[]));
    if (repeatsPrevious(cells, previousRow)) return;
    previousRow = flatten(htmlFragmentToText(cells.join(' ')));
    const row = mapRow(cells, effective);
    const multi = cellText(row.multi);
    const numberCell = row.number ? /^\d{1,3}$/.exec(row.number.trim()) : CELL_NUMBER.exec(multi);
    const n = numberCell ? Number(row.number ? row.number.trim() : numberCell[1]) : NaN;
    const cur = current as RawAgreement | null;
    let a: RawAgreement;
    if (!Number.isNaN(n) && n !== cur?.number) {
      const lead = row.number ? multi : multi.replace(CELL_NUMBER, '');
      a = start(n, lead, null);
      if (lead) a.multi.push(lead);
    } else if (cur) {
      a = cur;
      if (multi) a.multi.push(Number.isNaN(n) ? multi : multi.replace(CELL_NUMBER, ''));
    } else return;
    const year = cellText(row.year);
    if (year) a.year.push(year);
    if (row.responsible.trim()) a.responsible.push(cellText(row.responsible));
    a.original.push(cells.map((c) => flatten(cellText(c))).filter(Boolean).join(' | '));
  }
}
