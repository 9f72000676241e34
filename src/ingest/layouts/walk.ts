/**
 * The walk every layout shares: chapters, kinds ("Focusafspraken") and theme headings set the context, text
 * lines join the open agreement, "Trekker:" lines name its parties and "Actie 2026:" starts this year's text.
 * A layout only says which block opens an agreement (and, for tables, how a row reads).
 */
import type { AgreementKind, AgreementTable } from '../../core/agreement.js';
import { singleCell, type Block } from '../blocks.js';
import { isHeadingLike, matchChapterHeading, matchKindHeading, matchPartHeading, tidyHeading, type ChapterHeading } from '../headings.js';
import { flatten, htmlFragmentToText } from '../html-text.js';
import { tableAsText } from '../tables.js';
import { shapeTable } from '../table-shape.js';
import { restIsTitle } from '../agreement-labels.js';
import { countQuestionHeadings, GENERIC_CHAPTER, isQuestionSubHeading, isSubHeading, isThemeHeading } from './theme-headings.js';
import { BRACKETED_RESPONSIBLE, RESPONSIBLE_LABEL, splitTrailingResponsible } from '../responsible-parties.js';
import { newAgreement, type LayoutName, type RawAgreement } from './raw-agreement.js';
import { speakerLine } from '../speakers-and-legends.js';
import { mainTextMultiYear, onlyPartNoKind, themesFromNumbers } from './part-kinds.js';

/** What a block means to a layout: it opens an agreement, it is a section heading, or neither. */
export type Opening =
  /** `theme`: the agreement is a theme's section itself, so the theme is its heading. */
  /** `responsible`: who the opening line itself names ("1.1 (Heidezoom) Titel"). */
  /** `printed`: the label is the document's own although the layout numbers in order ("Vraag 3:" above the block). */
  | { kind: 'agreement'; label: string; lead: string; headingTitle: string | null; text: string | null; theme?: string; responsible?: string; printed?: boolean }
  | { kind: 'section'; title: string }
  /** A title line of its own, for the agreement that the next block opens. */
  | { kind: 'title'; title: string }
  /** Not part of any agreement (an introduction): ends the open one. */
  | { kind: 'skip' }
  | null;

/** " | Gereed: …": another field on the same line, after a bar. */
const NEXT_FIELD = /\s+\|\s+(?=\p{Lu}[\p{L} ]{1,30}:)/u;

export interface WalkState {
  readonly chapter: ChapterHeading | null;
  readonly theme: string | null;
  readonly current: RawAgreement | null;
  readonly agreements: readonly RawAgreement[];
  /** A chapter, kind or theme heading came after the last agreement. */
  readonly sectionChanged: boolean;
  readonly blankBefore: boolean;
}

export interface WalkRules {
  layout: LayoutName;
  open(text: string, block: Block, state: WalkState, next: Block | undefined): Opening;
  /** Plain "2. Titel" lines are chapters (tables, label headings), not agreements (numbered paragraphs). */
  plainChapters: boolean;
  /**
   * Body text after a blank line still belongs to the open agreement (headings), or only when it continues a
   * sentence; a function decides per agreement (a numbered paragraph with a title line of its own runs on).
   */
  continueAfterBlank: boolean | ((current: RawAgreement) => boolean);
  /** A plain "3. Titel" line that this layout reads as a chapter although plain chapters are off. */
  plainChapter?(block: Block, next: Block | undefined): boolean;
  /** Table rows: returns true when the row was taken. */
  row?(block: Block, walker: Walker): boolean;
  /** A line that reads as a chapter ("H1 Achterban" for "Hoofdstuk 1") but is one of this layout's agreements. */
  opensAgreement?(text: string): boolean;
  /** A text line that is neither heading nor opener, before the default handling; true when taken. */
  line?(text: string, block: Block, walker: Walker): boolean;
}

const YEAR_LABEL = /^\s*(?:actie|acties|afspraak|jaarschijf|inzet|uitvoering)\s+((?:19|20)\d{2})\s*[:\-–]\s*(.*)$/i;

export const cellText = (cell: string) => htmlFragmentToText(cell);

/** The shared walk; layouts call `start` through their `open`, tables through `row`. */
export class Walker implements WalkState {
  chapter: ChapterHeading | null = null;
  theme: string | null = null;
  subTheme: string | null = null;
  /** The heading that set the theme, to tell a sub-heading by its style. */
  private themeBlock: Block | null = null;
  kind: AgreementKind | null = null;
  /** The part the walk is in (multi-year or a year's part); unlike a chapter's kind it lasts until the next part. */
  partKind: AgreementKind | null = null;
  /** Which part each agreement stands in (0: before any part heading), for agreements whose kind is their part's. */
  private readonly partOf = new Map<RawAgreement, number>();
  /** The party whose commitments the list below is ("Mercatus zegt toe:"); null: all parties or none said. */
  private speaker: string | null = null;
  private part = 0;
  /** The chapter names who acts ("3  Gemeente Gorinchem zorgt voor", "Samen"), so the headings inside it are the themes. */
  private partyChapter = false;
  /** The Markdown level of the chapter heading (0: a plain line). */
  private chapterLevel = 0;
  current: RawAgreement | null = null;
  readonly agreements: RawAgreement[] = [];
  sectionChanged = true;
  blankBefore = true;
  bucket: 'multi' | 'year' = 'multi';
  /** A table inside the open agreement, being read row by row. */
  private table: AgreementTable | null = null;
  private lastText = '';
  /** How many headings in the document are questions ("Hoe houden we wonen betaalbaar?"). */
  private questionHeadings = 0;
  private pendingTitle: string | null = null;
  /** Tables beside the agreement tables (a production table), with the agreement they belong to. */
  private readonly looseTables: Array<{ owner: RawAgreement; table: AgreementTable }> = [];
  /** A table after the last paragraph of an agreement (a production table before the signatures), row by row. */
  private trailing: { owner: RawAgreement; rows: string[][]; caption: string | null } | null = null;

  constructor(
    private readonly rules: WalkRules,
    private readonly tocTitles: ReadonlyMap<string, string>,
  ) {}

  close(): void {
    this.endTable();
    if (this.current) this.agreements.push(this.current);
    this.current = null;
  }

  /** A table in a heading layout belongs to the agreement above it: kept cell by cell and as text for search. */
  private tableRow(block: Block): void {
    const cur = this.current;
    if (!cur) return;
    const cells = block.cells!.map((c) => flatten(cellText(c)));
    if (!this.table && block.blankBefore && !this.continues(cur)) {
      this.close();
      // It belongs to no paragraph, but its figures are the agreement's: kept with the one above it.
      if (cells.filter(Boolean).length >= 3) this.trailing = { owner: cur, rows: [cells], caption: this.captionOf(this.lastText) };
      return;
    }
    if (!this.table) {
      this.table = { caption: this.captionOf(this.lastText), header: cells, rows: [] };
      cur.tables.push(this.table);
    } else this.table.rows.push(cells);
    cur.original.push(cells.filter(Boolean).join(' | '));
  }

  /**
   * A table between the agreement tables that is not one of them ("Tabel 1 Opleveringen per corporatie"):
   * it belongs to the agreement of this chapter that points to a table ("onderstaande tabel"), else to the
   * agreement above it. Kept cell by cell; its text is searchable with that agreement.
   */
  looseTable(cells: readonly string[]): AgreementTable | null {
    const candidates = [...this.agreements, ...(this.current ? [this.current] : [])].filter(
      (a) => a.chapterNumber === (this.chapter?.number ?? null) && a.chapterTitle === (this.chapter?.title ?? null),
    );
    const owner = candidates.find((a) => /\btabel\b/i.test([...a.multi, ...a.year].join(' '))) ?? candidates.at(-1) ?? this.current;
    if (!owner) return null;
    const caption = /^(?:tabel|overzicht)\b/i.test(this.lastText) && this.lastText.length <= 120 ? this.lastText.replace(/:$/, '') : null;
    const table: AgreementTable = { caption, header: cells.map((c) => flatten(cellText(c))), rows: [] };
    owner.tables.push(table);
    this.looseTables.push({ owner, table });
    return table;
  }

  /** "Tabel 2 Oplevering per jaar:" or a last sentence ending in a colon names the table below it. */
  private captionOf(text: string): string | null {
    const lastSentence = text.split(/(?<=[.!?])\s+/).pop() ?? '';
    return lastSentence.length <= 100 && (/:$/.test(lastSentence) || /^(?:tabel|overzicht)\b/i.test(lastSentence)) ? lastSentence.replace(/:$/, '') : null;
  }

  private endTrailing(): void {
    if (!this.trailing) return;
    const table = shapeTable(this.trailing.rows, this.trailing.caption);
    if (table) this.trailing.owner.tables.push(table);
    this.trailing = null;
  }

  private endTable(): void {
    if (!this.table || !this.current) return;
    const text = tableAsText(this.table);
    if (text) this.current[this.bucket].push(text);
    this.table = null;
  }

  /** Opens an agreement numbered as printed; a label in "2.1" form gives the chapter when no heading did. */
  start(label: string, lead: string, headingTitle: string | null): RawAgreement {
    this.close();
    this.sectionChanged = false;
    this.bucket = 'multi';
    const dotted = /^(\d{1,3})\./.exec(label);
    // A chapter called just "Afspraken" leaves the theme to the headings inside it.
    // Under "Dit spreken we af" the sub-headings are the themes.
    // A generic heading without themes inside it ("Wat we samen afspraken") names no theme.
    const theme = this.theme && GENERIC_CHAPTER.test(this.theme) ? this.subTheme : (this.theme ?? this.subTheme);
    const chapterTitle = this.chapter && !GENERIC_CHAPTER.test(this.chapter.title) && !(this.partyChapter && theme) ? this.chapter.title : (theme ?? this.chapter?.title ?? null);
    this.current = newAgreement({
      label,
      chapterNumber: this.chapter?.number ?? (dotted ? Number(dotted[1]) : null),
      chapterTitle,
      kind: this.kind ?? this.partKind,
      layout: this.rules.layout,
      headingTitle: headingTitle ?? this.pendingTitle,
      lead,
    });
    if (!this.kind && this.partKind) this.partOf.set(this.current, this.part);
    if (this.speaker) this.current.speaker = this.speaker;
    this.pendingTitle = null;
    return this.current;
  }

  setChapter(ch: ChapterHeading, level = 0): void {
    this.close();
    this.chapterLevel = level;
    this.chapter = { number: ch.number, title: this.tocTitles.get(ch.title.toLowerCase()) ?? ch.title, label: ch.label };
    this.theme = null;
    this.subTheme = null;
    this.kind = null;
    // "1. Wat doet de gemeente?": a chapter per party.
    const party = speakerLine(this.chapter.title, true);
    this.speaker = party?.who ?? null;
    this.partyChapter = party !== null;
    this.sectionChanged = true;
  }

  /**
   * A theme heading followed by prose introduces a theme; one followed straight by agreements under such a theme
   * is a sub-heading ("Beschikbaarheid" – intro – "Nieuwbouw" – bullets), which the theme stays above.
   */
  setTheme(title: string, block?: Block, next?: Block): void {
    this.close();
    // "## BESCHIKBAARHEID" after a numbered line in plain text ("5. Huurdersraad Woonforte" in a party list): the
    // heading outranks that "chapter".
    if (block && block.level > 0 && this.chapter && this.chapterLevel === 0) this.chapter = null;
    if (isQuestionSubHeading(title, this.theme, this.questionHeadings) || (block && this.theme !== null && this.themeBlock && isSubHeading(block, next, this.themeBlock))) this.subTheme = tidyHeading(title);
    else {
      this.theme = tidyHeading(title);
      this.themeBlock = block ?? null;
      this.subTheme = null;
    }
    this.sectionChanged = true;
  }

  /** Plain "2. Titel" chapters count in table and heading layouts, or as Markdown headings; they never go back. */
  private chapterAt(block: Block, t: string, next: Block | undefined): ChapterHeading | null {
    const strict = matchChapterHeading(t);
    if (strict) return strict;
    // A Markdown or Word heading "## 2 Beschikbaarheid: meer woningen voor wie het nodig heeft" is a chapter
    // whatever the length of its title.
    const marked = block.level > 0 ? /^(\d{1,2})[.)]?\s+(\p{Lu}.{2,100})$/u.exec(t.replace(/\*+/g, '').trim()) : null;
    const plain = matchChapterHeading(t, true) ?? (marked ? { number: Number(marked[1]), title: tidyHeading(marked[2]!) } : null);
    if (!plain || (this.chapter?.number != null && plain.number != null && plain.number <= this.chapter.number)) return null;
    // A heading the table of contents lists is a chapter in every layout.
    const listed = this.tocTitles.has(plain.title.toLowerCase());
    if (!this.rules.plainChapters && block.level === 0 && !listed && !this.rules.plainChapter?.(block, next)) return null;
    return plain;
  }

  private continues(cur: RawAgreement): boolean {
    const rule = this.rules.continueAfterBlank;
    return typeof rule === 'function' ? rule(cur) : rule;
  }

  /** Adds a line of body text to the open agreement: a responsible line, this year's label, or text. */
  addText(line: string): void {
    const cur = this.current;
    if (!cur) return;
    // "… onder de inflatie. Trekker: Heemwonen": the label names who is responsible, the rest is text.
    const trailing = splitTrailingResponsible(line);
    if (trailing) cur.responsible.push(trailing.responsible);
    const t = trailing ? trailing.text : line;
    const label = RESPONSIBLE_LABEL.exec(t) ?? BRACKETED_RESPONSIBLE.exec(t);
    const yearLabel = YEAR_LABEL.exec(t);
    // "*Trekker: Marsdiep, Duinkant*": emphasis around the label line is no part of the names.
    // "Trekker: gemeente | Partners: Neerbeek | Gereed: 1 mei": the fields after the first are no part of who leads.
    if (label) cur.responsible.push(label[1]!.split(NEXT_FIELD)[0]!.replace(/[*_]+/g, ' ').trim());
    else if (cur.headingTitle && !cur.lead && cur.multi.length === 0 && /^\p{Ll}/u.test(t) && t.split(/\s+/).length <= 8 && !/[.;:]$/.test(t)) {
      // "Actie 15: Huisvesting van mensen met een" / "psychische kwetsbaarheid": a title wrapped over two lines.
      cur.headingTitle = `${cur.headingTitle} ${t}`;
    }
    else if (cur.headingTitle === null && !cur.lead && cur.multi.length === 0 && this.rules.layout !== 'paragraph' && restIsTitle(t) && !/[:.!?;]$/.test(t)) {
      // "Afspraak 1.1" alone on its line, with the title on the next.
      cur.headingTitle = t;
    }
    else if (yearLabel) {
      this.bucket = 'year';
      cur.singleText = false;
      if (yearLabel[2]) cur.year.push(cellText(yearLabel[2]));
    } else {
      cur[this.bucket].push(cellText(t));
      if (!cur.lead) cur.lead = cellText(t);
    }
    cur.original.push(t);
  }

  walk(blocks: readonly Block[]): RawAgreement[] {
    this.questionHeadings = countQuestionHeadings(blocks);
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      this.blankBefore = block.blankBefore;
      let t = block.text;
      if (block.cells) {
        if (this.trailing) {
          this.trailing.rows.push(block.cells.map((c) => flatten(cellText(c))));
          continue;
        }
        if (this.rules.row?.(block, this)) continue;
        const single = singleCell(block);
        if (single === null) {
          if (this.rules.layout !== 'table') this.tableRow(block);
          continue;
        }
        t = single;
      }
      this.endTable();
      this.endTrailing();
      this.lastText = t;
      // "Deel B – Jaarschijf 2026" (or a chapter "2. Jaarschijf 2026"): a new part; its themes are its own.
      const part = !block.cells && (block.level > 0 || block.blankBefore) ? matchPartHeading(t) : null;
      const ch = this.rules.opensAgreement?.(t) ? null : this.chapterAt(block, t, blocks[i + 1]);
      if (part) {
        this.close();
        this.partKind = part;
        this.part += 1;
        if (ch) this.setChapter(ch, block.level);
        else {
          this.chapter = null;
          this.theme = null;
          this.subTheme = null;
          this.kind = null;
          this.sectionChanged = true;
        }
        continue;
      }
      if (ch) {
        this.setChapter(ch, block.level);
        continue;
      }
      const speaker = !block.cells && t.length <= 90 ? speakerLine(t.replace(/[*#]/g, '').trim(), block.level > 0, this.current !== null) : null;
      if (speaker) {
        this.close();
        this.speaker = speaker.who;
        this.sectionChanged = true;
        continue;
      }
      const k = matchKindHeading(t);
      if (k) {
        this.close();
        this.kind = k;
        this.sectionChanged = true;
        continue;
      }
      const opening = this.rules.open(t, block, this, blocks[i + 1]);
      if (opening?.kind === 'skip') {
        this.close();
        continue;
      }
      if (opening?.kind === 'title') {
        this.close();
        this.pendingTitle = opening.title;
        continue;
      }
      if (opening?.kind === 'section') {
        this.setTheme(opening.title, block, blocks[i + 1]);
        continue;
      }
      if (opening?.kind === 'agreement') {
        if (opening.theme) this.setTheme(opening.theme);
        const a = this.start(opening.label, opening.lead, opening.headingTitle);
        if (opening.responsible) a.responsible.push(opening.responsible);
        if (opening.printed) a.printed = true;
        if (opening.text) {
          const trailing = splitTrailingResponsible(opening.text);
          if (trailing) a.responsible.push(trailing.responsible);
          a.multi.push(cellText(trailing ? trailing.text : opening.text));
        }
        a.original.push(t);
        continue;
      }
      if (this.rules.line?.(t, block, this)) continue;
      // Between agreement tables, a heading of the document's own outline ("# Betaalbaarheid") is the theme.
      // In plain text: a short heading line on its own right above a table.
      const aboveTable = block.level === 0 && block.blankBefore && !!blocks[i + 1]?.cells && isHeadingLike(t) && !/^(?:tabel|figuur)\s+\d/i.test(t);
      if (this.rules.layout === 'table' && (block.level > 0 || aboveTable) && !block.cells && t.length <= 80) {
        this.close();
        this.setTheme(t, block, blocks[i + 1]);
        continue;
      }
      if (this.rules.layout !== 'table' && isThemeHeading(block, t, blocks[i + 1])) {
        this.setTheme(t, block, blocks[i + 1]);
        continue;
      }
      if (this.current && this.rules.layout !== 'table') {
        // An indented sub-item ("  ◦ sloop en verkoop zijn verrekend") belongs to the item above it.
        const continues = !block.blankBefore || this.continues(this.current) || /^\p{Ll}/u.test(t) || RESPONSIBLE_LABEL.test(t) || /^(?:\s{2,}|\t)[•◦▪●\-–*]\s/.test(block.raw);
        if (!continues) this.close();
        else this.addText(t);
      }
    }
    this.close();
    this.endTrailing();
    themesFromNumbers(this.agreements);
    onlyPartNoKind(this.agreements, this.partOf);
    const firstInPart = this.agreements.findIndex((x) => this.partOf.has(x));
    const beforeParts = new Set(firstInPart < 0 ? [] : this.agreements.slice(0, firstInPart));
    mainTextMultiYear(this.agreements, (a) => beforeParts.has(a));
    for (const { owner, table } of this.looseTables) {
      const text = tableAsText(table);
      if (text) owner.multi.push(text);
    }
    return this.agreements;
  }
}

/** Walks the blocks with a layout's rules. */
export function walk(blocks: readonly Block[], rules: WalkRules, tocTitles: ReadonlyMap<string, string>): RawAgreement[] {
  return new Walker(rules, tocTitles).walk(blocks);
}
