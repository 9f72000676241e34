/** Walks the document line by line and collects numbered agreements with their chapter, theme and kind. */
import type { AgreementKind } from '../core/agreement.js';
import { matchLabelHeading, parseLeadingLabel, parseNumberCell, restIsTitle, type NumberLabel } from './agreement-labels.js';
import { detectLayout, PARA_RE, stripMarks, type Layout } from './detect-layout.js';
import { collectTocTitles, isHeadingLike, matchChapterHeading, matchKindHeading, tidyHeading, type ChapterHeading } from './headings.js';
import { flatten, htmlFragmentToText } from './html-text.js';
import { RESPONSIBLE_LABEL } from './responsible-parties.js';
import { mapRow, matchTableHeader, repeatsPrevious, type ColumnRole } from './table-rows.js';

export type { Layout } from './detect-layout.js';

export interface RawAgreement {
  number: number;
  /** The label as written ("3.2", "12"), so a repeated label continues the same agreement. */
  label: string;
  chapterNumber: number | null;
  chapterTitle: string | null;
  kind: AgreementKind | null;
  layout: Layout;
  /** How to cut a title from the text: a table cell runs title and text together, a paragraph does not. */
  titleMode: 'table' | 'paragraph';
  /** The source has no separate text for this year (no year column or "Actie 2026:" label). */
  singleText: boolean;
  /** Title given explicitly in an "Afspraak 3.2 Titel" heading. */
  headingTitle: string | null;
  /** First text after the number, kept with its line breaks for title detection. */
  lead: string;
  multi: string[];
  year: string[];
  responsible: string[];
  original: string[];
}

const YEAR_LABEL = /^\s*(?:actie|acties|afspraak|jaarschijf|inzet|uitvoering)\s+((?:19|20)\d{2})\s*[:\-–]\s*(.*)$/i;
const DEFAULT_ROLES_3: ColumnRole[] = ['multi', 'year', 'responsible'];
const DEFAULT_ROLES_2: ColumnRole[] = ['multi', 'responsible'];

const cellText = (cell: string) => htmlFragmentToText(cell);

/** Parses all agreements; numbers, titles and responsible parties are resolved later. */
export function parseAgreements(lines: readonly string[]): { layout: Layout; agreements: RawAgreement[] } {
  const { layout, family } = detectLayout(lines);
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
  /** "Afspraak 12" keeps its number; dotted labels ("3.2") are numbered in document order. */
  const start = (label: NumberLabel, lead: string, headingTitle: string | null): RawAgreement => {
    const number = label.parts.length === 1 ? label.parts[0]! : out.length + (current ? 2 : 1);
    close();
    sectionChanged = false;
    bucket = 'multi';
    current = {
      number,
      label: label.label,
      chapterNumber: chapter?.number ?? (label.parts.length > 1 ? label.parts[0]! : null),
      chapterTitle: chapter?.title ?? theme,
      kind,
      layout,
      titleMode: layout === 'table' ? 'table' : 'paragraph',
      singleText: layout !== 'table',
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
  /** Plain "2. Titel" chapters count in table and heading layouts, or as Markdown headings; they never go back. */
  const chapterAt = (line: string, t: string): ChapterHeading | null => {
    const strict = matchChapterHeading(t);
    if (strict) return strict;
    if (layout === 'paragraph' && !/^\s*#/.test(line)) return null;
    const plain = matchChapterHeading(t, true);
    if (!plain || (chapter?.number != null && plain.number != null && plain.number <= chapter.number)) return null;
    return plain;
  };

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
    const ch = chapterAt(line, t);
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
      const h = matchLabelHeading(t);
      if (h && h.family === family) {
        const titled = restIsTitle(h.rest);
        const a = start(h.label, titled ? '' : cellText(h.rest), titled ? h.rest : null);
        if (!titled && h.rest) a.multi.push(cellText(h.rest));
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
        const a = start({ label: m[1]!, parts: [n] }, cellText(m[2]!), null);
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
        cur.singleText = false;
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
    const effective = roles ?? (cells.length >= 3 ? DEFAULT_ROLES_3 : DEFAULT_ROLES_2);
    if (repeatsPrevious(cells, previousRow)) return;
    previousRow = flatten(htmlFragmentToText(cells.join(' ')));
    const row = mapRow(cells, effective);
    const multi = cellText(row.multi);
    const numberColumn = effective.includes('number');
    const leading = numberColumn ? null : parseLeadingLabel(multi);
    const label = numberColumn ? parseNumberCell(cellText(row.number)) : (leading?.label ?? null);
    const cur = current as RawAgreement | null;
    let a: RawAgreement;
    if (label && label.label !== cur?.label) {
      const lead = leading ? leading.rest : multi;
      a = start(label, lead, null);
      a.titleMode = numberColumn ? 'paragraph' : 'table';
      a.singleText = !effective.includes('year');
      if (lead) a.multi.push(lead);
    } else if (cur) {
      a = cur;
      if (multi) a.multi.push(leading ? leading.rest : multi);
    } else return;
    const year = cellText(row.year);
    if (year) a.year.push(year);
    if (row.responsible.trim()) a.responsible.push(cellText(row.responsible));
    a.original.push(cells.map((c) => flatten(cellText(c))).filter(Boolean).join(' | '));
  }
}
