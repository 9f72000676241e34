/** The table of contents: a list of headings with page numbers, or a run of short headings under "Inhoud". */
import type { Block } from '../blocks.js';

/** A line that ends in a page number: after a tab, dot leaders, wide spacing or "p."/"blz.". */
const TOC_TAIL_PATTERN = /(?:\t|\.{3,}|…+|\s{3,}|\s(?:p\.|blz\.?|pag\.?|pagina)\s*)\s*\d{1,3}\s*$/i;
/** A line that ends in a page number; the cheap test on the last character comes first. */
export const TOC_TAIL = { test: (line: string) => /\d\s*$/.test(line) && TOC_TAIL_PATTERN.test(line) };
/** A contents entry outside an "Inhoud" block must look like a numbered heading ("Hoofdstuk 2 …", "2. …"). */
const NUMBERED_ENTRY = /^(?:hoofdstuk|thema|h|bijlage)?\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{L}/iu;
const CONTENTS_HEADING = /^(?:inhoud(?:sopgave|stafel|sop\s*gave)?|table of contents)\s*:?$/i;
const INLINE_ITEM = /(?:^|\s)(\d{1,2})[.)]\s+([^\d]{2,60}?)(?=\s+\d{1,2}[.)]\s|\s*$)/g;

export interface Contents {
  drop: Set<number>;
  /** Heading titles as the contents spell them, by lower case, to restore casing of headings set in capitals. */
  titles: Map<string, string>;
}

/** The heading a contents line names: "3. Betaalbaarheid p. 10" → "3. Betaalbaarheid". */
export const withoutPage = (line: string) => line.replace(TOC_TAIL_PATTERN, '').replace(/\s+\d{1,3}\s*$/, '').trim();
const core = (line: string) => withoutPage(line).toLowerCase().replace(/^(?:hoofdstuk|thema|h)?\s*[\d.]+[.)]?\s*/, '').replace(/[^\p{L}\d]+/gu, ' ').trim();

/** "1) Inleiding 2) Leeswijzer 3) Wonen": three or more numbered items in a row, each a few words. */
export function isInlineContents(text: string): boolean {
  const items = [...text.matchAll(INLINE_ITEM)];
  if (items.length < 3 || items[0]!.index > 20) return false;
  if (/[.;:!?]\s|[.;!?]$/.test(text.replace(/(?:^|\s)\d{1,2}[.)]\s/g, ' ').trim())) return false;
  const numbers = items.map((m) => Number(m[1]));
  const sequential = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return sequential && items.every((m) => m[2]!.trim().split(/\s+/).length <= 6);
}

function isEntry(b: Block): boolean {
  const cells = b.cells?.map((c) => c.trim()).filter(Boolean);
  if (cells && cells.length >= 2) return /^\d{1,3}$/.test(cells[cells.length - 1]!) && cells.slice(0, -1).join(' ').length <= 100;
  const t = b.text.replace(/\*+/g, '').trim();
  if (TOC_TAIL.test(t)) return t.length <= 140;
  if (t.length > 110) return false;
  const words = t.split(/\s+/).length;
  return words <= 12 && !/[.;:!?]$/.test(t) && !/^[•\-–*]/.test(t);
}

/** Finds the contents: lines with page numbers anywhere, the run of entries under an "Inhoud" heading, inline lists. */
export function findContents(blocks: readonly Block[]): Contents {
  const drop = new Set<number>();
  const entries: string[] = [];
  const add = (b: Block) => {
    drop.add(b.index);
    if (!b.cells && isInlineContents(b.text)) for (const m of b.text.matchAll(INLINE_ITEM)) entries.push(m[2]!.trim());
    else entries.push(withoutPage(b.cells ? b.cells.filter((c) => c.trim()).slice(0, -1).join(' ') : b.text));
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (CONTENTS_HEADING.test(b.text.replace(/\*+/g, '').trim())) {
      drop.add(b.index);
      const seen = new Set<string>();
      let j = i + 1;
      for (; j < blocks.length; j++) {
        const e = blocks[j]!;
        const key = core(e.cells ? e.cells.join(' ') : e.text);
        // The body starts where a heading of the contents comes round again.
        if (!isEntry(e) || (key && seen.has(key))) break;
        seen.add(key);
        add(e);
      }
      i = j - 1;
      continue;
    }
    if (!b.cells && TOC_TAIL.test(b.text) && b.text.length <= 140 && !/[.;:!?]\s/.test(withoutPage(b.text).replace(/^[\d.]+[.)]?\s+/, ''))) add(b);
    // A row with a page number cell; a row of one cell ("THEMA 1 VOLDOENDE WONINGEN") heads the rows below.
    else if (b.cells && b.cells.filter((c) => c.trim()).length >= 2 && isEntry(b) && NUMBERED_ENTRY.test(b.cells.find((c) => c.trim())!.trim())) add(b);
    else if (!b.cells && isInlineContents(b.text)) {
      drop.add(b.index);
      for (const m of b.text.matchAll(INLINE_ITEM)) entries.push(m[2]!.trim());
    }
  }
  const titles = new Map<string, string>();
  for (const e of entries) {
    const title = e.replace(/^(?:hoofdstuk|thema|h)?\s*[\d.]+[.)]?\s*/i, '').trim();
    if (title) titles.set(title.toLowerCase(), title);
  }
  return { drop, titles };
}
