/** Word, HTML and Markdown tables whose rows are the agreements: "Nr | Afspraak | Trekker" or "Afspraak 2022 t/m 2026 | Afspraak 2026 | Regie". */
import type { AgreementTable } from '../../core/agreement.js';
import type { Block } from '../blocks.js';
import { CELL_NUMBER, parseLeadingLabel, parseNumberCell, parseRowNumber, restIsTitle } from '../agreement-labels.js';
import type { ChapterHeading } from '../headings.js';
import { isHeadingLike, matchChapterHeading, matchKindHeading } from '../headings.js';
import { flatten, htmlFragmentToText } from '../html-text.js';
import { mapRow, matchTableHeader, repeatsPrevious, ROLE_COLUMN, type ColumnRole } from '../table-columns.js';
import { tablesInHtml } from '../tables.js';
import type { Layout } from './layout.js';
import type { RawAgreement } from './raw-agreement.js';
import { cellText, walk, type Walker } from './walk.js';

const DEFAULT_ROLES_3: ColumnRole[] = ['multi', 'year', 'responsible'];
const DEFAULT_ROLES_2: ColumnRole[] = ['multi', 'responsible'];

/** True for a table row that opens a numbered agreement, in a number column or at the start of its text. */
function isNumberedRow(cells: readonly string[], roles: readonly ColumnRole[] | null): boolean {
  const numberIdx = roles?.indexOf('number') ?? -1;
  if (numberIdx >= 0 && parseNumberCell(htmlFragmentToText(cells[numberIdx] ?? ''))) {
    return cells.filter((c) => c.trim()).length > 1;
  }
  const textIdx = Math.max(0, roles?.indexOf('multi') ?? 0);
  return CELL_NUMBER.test(htmlFragmentToText(cells[textIdx] ?? cells[0]!)) || CELL_NUMBER.test(htmlFragmentToText(cells[0]!));
}

/** A row of a table of figures: a label, then mostly numbers or years ("Corporatie | 2026 | 2027", "Ymere | 310 | 280"). */
function isFiguresRow(cells: readonly string[]): boolean {
  const rest = cells.slice(1).map((c) => flatten(htmlFragmentToText(c)).trim()).filter(Boolean);
  const figures = rest.filter((c) => /^[€]?\s*\d[\d.,]*\s*%?$|^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$/.test(c));
  return cells.length >= 3 && flatten(htmlFragmentToText(cells[0]!)).trim() !== '' && rest.length >= 2 && figures.length * 2 >= rest.length;
}

/** Reads agreement rows: a number opens an agreement, a row without one continues it (a table split over pages). */
function rowReader() {
  let roles: ColumnRole[] | null = null;
  let previousRow = '';
  let chapter: ChapterHeading | null = null;
  /** A table that is not an agreement table, being read into the agreement it belongs to. */
  let loose: AgreementTable | null = null;
  /** The header's labels, for the cells kept as "Wanneer: Q3." and the columns that name a party or theme. */
  let headerLabels: string[] = [];
  /**
   * The last theme of the theme column: a theme cell spanning a group of rows is written in the group's first row
   * only, and a theme wrapped over lines goes on in the lines below.
   */
  let columnTheme: { agreement: RawAgreement; title: string } | null = null;
  /** The table's agreements with the theme cell above them, to name their themes once the column proves to vary. */
  let themed: Array<{ agreement: RawAgreement; group: { title: string } }> = [];
  return (block: Block, w: Walker): boolean => {
    const cells = block.cells!;
    if (w.chapter !== chapter) {
      chapter = w.chapter;
      roles = null;
      columnTheme = null;
      themed = [];
    }
    const header = matchTableHeader(cells);
    if (header) {
      const labels = cells.map((c) => flatten(cellText(c)).replace(/\*+/g, '').trim());
      // A header repeated on the next page goes on with the same table; another header starts a new one.
      if (labels.join('\t') !== headerLabels.join('\t')) {
        columnTheme = null;
        themed = [];
      }
      headerLabels = labels;
    }
    if (loose && !header && !block.blankBefore) {
      loose.rows.push(cells.map((c) => flatten(cellText(c))));
      return true;
    }
    loose = null;
    // A new table after the agreement tables whose first row is neither their header nor a numbered row
    // ("Corporatie | 2026 | 2027"): a table of figures that goes with an agreement, not agreements.
    if (!header && block.blankBefore && roles && (w.current || w.agreements.length) && !isNumberedRow(cells, roles) && isFiguresRow(cells)) {
      loose = w.looseTable(cells);
      if (loose) return true;
    }
    if (header) {
      roles = header;
      previousRow = '';
      return true;
    }
    const filled = cells.map((c) => c.trim()).filter(Boolean);
    if (filled.length === 1) {
      const t = filled[0]!;
      // "THEMA 1  VOLDOENDE WONINGEN" as a row of the table: a chapter, and the table's columns stay as they are.
      // "2. Betaalbaarheid" after a blank line, its row padded with empty cells (PDF text): the next chapter.
      const plain = roles && block.blankBefore && cells[0]!.trim() ? matchChapterHeading(cellText(t), true) : null;
      const next = plain?.number != null && plain.number > (w.chapter?.number ?? 0) ? plain : null;
      const ch = roles ? (matchChapterHeading(cellText(t)) ?? next) : null;
      if (ch) {
        w.setChapter(ch);
        chapter = w.chapter;
        return true;
      }
      if (!roles || matchKindHeading(t)) return false;
      // A row with only a heading in its first column spans the table: the theme of the rows below.
      if (cells[0]!.trim() && isHeadingLike(cellText(t))) {
        w.setTheme(cellText(t));
        return true;
      }
    }
    const effective = roles ?? (cells.length >= 3 ? DEFAULT_ROLES_3 : DEFAULT_ROLES_2);
    if (repeatsPrevious(cells, previousRow)) return true;
    previousRow = flatten(htmlFragmentToText(cells.join(' ')));
    const row = mapRow(cells, effective);
    const multi = cellText(row.multi);
    const numberColumn = effective.includes('number');
    const leading = numberColumn ? null : parseLeadingLabel(multi);
    let label = numberColumn ? parseRowNumber(cellText(row.number), w.current?.label ?? null) : (leading?.label ?? null);
    // "Onderwerp | Afspraak | Wie": the number and title stand in a topic column ("1. Huurbeleid").
    let headingTitle: string | null = null;
    if (!label && !numberColumn) {
      for (let i = 0; i < cells.length && !label; i++) {
        if (effective[i] !== 'info') continue;
        const topic = parseLeadingLabel(flatten(cellText(cells[i]!)));
        if (topic) {
          label = topic.label;
          headingTitle = topic.rest.trim() || null;
        }
      }
    }
    // "Code | Onderwerp | 2025 | 2026": a short cell under "Onderwerp" or "Titel" is the agreement's title.
    if (label && !headingTitle && roles) {
      const topic = headerLabels.findIndex((h, i) => TITLE_COLUMN.test(h) && (effective[i] === 'multi' || effective[i] === 'info'));
      const text = topic >= 0 ? flatten(cellText(cells[topic] ?? '')).trim() : '';
      if (text && restIsTitle(text) && !/[.;:]$/.test(text)) headingTitle = text;
    }
    // "<p>Transformatie De Looierij</p> <p>Kloveniers verbouwt …</p>": a first paragraph of its own heads the cell,
    // whatever capitalised words it holds.
    if (label && !headingTitle) headingTitle = firstParagraphTitle(row.multi);
    const cur = w.current;
    let a;
    if (label && label !== cur?.label) {
      const lead = leading ? leading.rest : multi;
      a = w.start(label, lead, headingTitle);
      a.titleMode = numberColumn ? 'paragraph' : 'table';
      a.singleText = !effective.includes('year');
      if (lead) a.multi.push(lead);
      // "Nr. | Thema | Afspraak": a theme column names the agreement's theme.
      const theme = themeCell(cells, effective);
      if (theme && theme.length <= 80 && !parseLeadingLabel(theme)) columnTheme = { agreement: a, title: theme };
      else if (theme) columnTheme = null;
      if (columnTheme && themeColumnOf(effective) >= 0) {
        themed.push({ agreement: a, group: columnTheme });
        nameThemes(w);
      }
    } else if (cur) {
      a = cur;
      if (multi) a.multi.push(leading ? leading.rest : multi);
      // "Nieuwbouw en" / "doorstroming": the theme cell of this agreement's row wrapped onto the next line.
      const more = block.blankBefore ? '' : themeCell(cells, effective);
      if (more && columnTheme?.agreement === a) {
        columnTheme.title = `${columnTheme.title} ${more}`;
        nameThemes(w);
      }
    } else return true;
    const year = cellText(row.year);
    if (year) a.year.push(year);
    // Every named column stays with its agreement as a sentence of its own ("Wanneer: Q3 2026.", "Resultaat 2026:
    // 180 woningen.", "Betrokken partijen: WF, GL."), except the theme, which names the agreement's theme.
    if (roles) {
      effective.forEach((role, i) => {
        const label = headerLabels[i];
        const value = flatten(cellText(cells[i] ?? '')).trim();
        if (role === 'info' && label && value && value !== '–' && value !== '-' && !THEME_COLUMN.test(label)) a!.multi.push(`${label}: ${value}${/[.!?]$/.test(value) ? '' : '.'}`);
      });
    }
    if (row.responsible.trim()) a.responsible.push(cellText(row.responsible));
    // "Nr. | Afspraak | Gem. | Woonbron | Vidomes": a column per party, marked with an x where it is responsible.
    if (roles && !effective.includes('responsible')) {
      const marked = effective.flatMap((role, i) => (role === 'other' && headerLabels[i] && MARK.test(flatten(cellText(cells[i] ?? '')).trim()) ? [headerLabels[i]!] : []));
      // "Rol gemeente | Rol corporatie": the party whose role says "Trekker" is responsible.
      const leads = headerLabels.flatMap((h, i) => {
        const party = ROLE_COLUMN.exec(h)?.[1];
        return party && TREKKER_CELL.test(flatten(cellText(cells[i] ?? '')).trim()) ? [party] : [];
      });
      if (marked.length || leads.length) a.responsible.push([...marked, ...leads].join(', '));
    }
    for (const cell of [row.multi, row.year]) if (/<table\b/i.test(cell)) a.tables.push(...tablesInHtml(cell));
    a.original.push(cells.map((c) => flatten(cellText(c))).filter(Boolean).join(' | '));
    return true;
  };

  /**
   * Under a chapter, a column with one value throughout is a topic within it ("Aardgasvrij" under "Duurzaamheid");
   * once it names two themes, or without a chapter, it gives each row its theme.
   */
  function nameThemes(w: Walker): void {
    if (!w.chapter || new Set(themed.map((t) => t.group.title)).size >= 2) for (const t of themed) t.agreement.chapterTitle = t.group.title;
  }

  function themeColumnOf(effective: readonly ColumnRole[]): number {
    return roles ? headerLabels.findIndex((h, i) => effective[i] === 'info' && THEME_COLUMN.test(h) && !/^onderwerp/i.test(h)) : -1;
  }

  /** The text of the row's theme column ("Nr. | Thema | Afspraak"), '' when there is none. */
  function themeCell(cells: readonly string[], effective: readonly ColumnRole[]): string {
    const i = themeColumnOf(effective);
    return i >= 0 ? flatten(cellText(cells[i] ?? '')).trim() : '';
  }
}

/** "Trekker.", "Trekker (gezamenlijk).", "Trekker samen met de gemeente.": the role of the party that leads. */
const TREKKER_CELL = /^(?:trekker|kartrekker|regie)\b/i;

/** The cell's first paragraph when more follow and it reads as a title: short, capitalised, no sentence. */
function firstParagraphTitle(cell: string): string | null {
  const m = /^\s*<p>([^<]{2,100})<\/p>\s*<p>/i.exec(cell);
  const text = m ? flatten(cellText(m[1]!)).trim() : '';
  // "<p>6) Sturen op …</p>": a paragraph that opens with its number is read as a numbered title already.
  if (!text || /^\d/.test(text) || parseLeadingLabel(text)) return null;
  return restIsTitle(text) && !/[.;:!?]$/.test(text) && text.split(/\s+/).length <= 10 ? text : null;
}

/** A cell that only marks: "x", "✓", "●", "ja". */
const MARK = /^(?:x|✓|✔|●|•|v|ja|j)$/i;

const THEME_COLUMN = /^(?:thema|onderwerp|pijler|opgave)\b/i;
/** A column of short titles beside the text or the year targets. */
const TITLE_COLUMN = /^(?:onderwerp|titel)\b/i;

export const tableRows: Layout = {
  name: 'table',
  numbered: true,
  detect(blocks) {
    let roles: ColumnRole[] | null = null;
    let rows = 0;
    for (const b of blocks) {
      if (!b.cells) continue;
      const header = matchTableHeader(b.cells);
      if (header) roles = header;
      else if (isNumberedRow(b.cells, roles)) rows++;
    }
    return rows;
  },
  read(blocks, ctx) {
    return walk(blocks, { layout: 'table', plainChapters: true, continueAfterBlank: false, open: () => null, row: rowReader() }, ctx.tocTitles);
  },
};
