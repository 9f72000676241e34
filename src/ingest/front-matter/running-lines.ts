/** Running headers and footers: lines a PDF or Word export repeats on every page, alone or glued to a heading. */
import { matchDotted, matchLabelHeading } from '../agreement-labels.js';
import type { Block } from '../blocks.js';
import { matchChapterHeading } from '../headings.js';
import { escapeRegExp } from '../names.js';

/** "Pagina 3 van 12", "blz. 4", "- 5 -": a page marker. */
const PAGE_MARKER = String.raw`(?:(?:pagina|blz\.?|page)\s*\d{1,3}(?:\s*(?:van|of|\/)\s*\d{1,3})?|-\s*\d{1,3}\s*-)`;
const PAGE_ONLY = new RegExp(String.raw`^\s*(?:${PAGE_MARKER}|\d{1,3}\s*(?:van|\/)\s*\d{1,3})\s*$`, 'i');
const PAGE_PREFIX = new RegExp(String.raw`^\s*${PAGE_MARKER}\s*[|–—·•-]?\s+(?=\S)`, 'i');
const PAGE_SUFFIX = /\s+[|–—·•-]?\s*(?:pagina|blz\.?|page)\s*\d{1,3}\s*(?:van|of|\/)\s*\d{1,3}\s*$/i;
/** What running lines are made of: the document's name, a date, a version, a page number, a classification. */
const RUNNING_WORDS = /\d|afspra|prestatie|pagina|versie|concept|definitief|vertrouwelijk|gemeente|jaarschijf|actieprogramma|convenant/i;
/** Lines that repeat because they belong to the agreements, not to the page. */
const STRUCTURAL = /^(?:regie|trekker|verantwoordelijk|wie|partij|eigenaar|actiehouder|uitvoering|planning|status|termijn|wanneer|focus\w*|reguliere?|afspraak\s*:|actie\s*:|toelichting|resultaat|jaar|doel\w*|thema|hoofdstuk|opgaven?)\b/i;
/** "*(afspraak 12)*" below each block: the agreement's number printed at its end, repeating in shape only. */
const CLOSING_NUMBER = /^\(\s*afspraak\s+#/i;
/** Where a heading starts inside a line, so what precedes it may be a glued running header. */
const GLUED_HEADING = /\s((?:[Aa]fspraak|[Aa]ctie|[Tt]hema|[Hh]oofdstuk|[Mm]aatregel|[Pp]restatie|[Pp]ijler|AFSPRAAK|THEMA|HOOFDSTUK)\s+[A-Z]?\d|\d{1,2}(?:\.\d{1,2}){1,2}\s+\p{Lu})/gu;

const shape = (line: string) => line.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
const toPattern = (s: string) => escapeRegExp(s).replace(/#/g, String.raw`\d+`).replace(/ /g, String.raw`\s+`);

export interface RunningLines {
  /** Blocks that are a running header or footer on their own. */
  drop: Set<number>;
  /** Removes running headers and footers glued to the start or end of a line. */
  clean(text: string): string;
}

/** Shapes that repeat on their own, or glued in front of headings, three or more times (or twice with a page number). */
function learnShapes(blocks: readonly Block[]): string[] {
  const counts = new Map<string, number>();
  const nearPage = new Map<string, number>();
  const bump = (s: string) => counts.set(s, (counts.get(s) ?? 0) + 1);
  blocks.forEach((b, i) => {
    // Next to a page number: a header or footer even on a short document of two pages.
    const neighbours = [blocks[i - 2], blocks[i - 1], blocks[i + 1], blocks[i + 2]];
    if (!b.cells && b.text.length <= 120 && neighbours.some((n) => n && !n.cells && PAGE_ONLY.test(n.text))) nearPage.set(shape(b.text), (nearPage.get(shape(b.text)) ?? 0) + 1);
  });
  for (const b of blocks) {
    if (b.cells || b.text.length < 4) continue;
    // Headings repeat their keyword, never their number: they are structure, not a running line.
    const heading = matchLabelHeading(b.text) || matchDotted(b.text) || matchChapterHeading(b.text) || /^\d{1,3}[.)]\s/.test(b.text);
    if (b.text.length <= 120 && !heading) bump(shape(b.text));
    for (const m of b.text.matchAll(GLUED_HEADING)) {
      const prefix = b.text.slice(0, m.index).replace(/\s*[|–—·•-]\s*$/, '');
      if (prefix.length >= 4 && prefix.length <= 100 && RUNNING_WORDS.test(prefix)) bump(shape(prefix));
    }
  }
  return [...counts]
    .filter(([s, n]) => (n >= 3 || (n >= 2 && (/pagina|blz|page/.test(s) || (nearPage.get(s) ?? 0) >= 2))) && RUNNING_WORDS.test(s.replace(/#/g, '1')))
    // "december 2026", "Q3 2026", "eind 2026": a date in a table column, however often it recurs.
    .filter(([s]) => !/^(?:(?:eind|begin|medio|uiterlijk|vóór|voor|per)\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|q#|kwartaal #|#e kwartaal)\s+#$/.test(s))
    // "Nr.: 1.1", "Planning: Q3 2026": a labelled field belongs to its record.
    .filter(([s]) => !/^[*_>\s-]*[\p{L}][\p{L} .]{0,24}:\s/u.test(s))
    .filter(([s]) => !STRUCTURAL.test(s.replace(/^[*_>\s-]+/, '')) && !CLOSING_NUMBER.test(s.replace(/^[*_>\s-]+/, '')) && s.split(' ').length >= 2 && s.split(' ').length <= 12 && !/[.;:]$/.test(s))
    .map(([s]) => s);
}

/** Finds lines repeated on three or more pages (page numbers may differ) and bare page markers. */
export function findRunningLines(blocks: readonly Block[]): RunningLines {
  const shapes = learnShapes(blocks);
  const drop = new Set<number>();
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.cells) return;
    if (PAGE_ONLY.test(b.text)) drop.add(b.index);
    const s = shape(b.text);
    if (!shapes.includes(s)) return;
    // The first occurrence near the top is the document's own title, not a running header.
    if (!seen.has(s) && i < 12) seen.add(s);
    else drop.add(b.index);
  });
  const glued = shapes.map((s) => ({
    start: new RegExp(String.raw`^\s*${toPattern(s)}\s*[|–—·•-]?\s+(?=\S)`, 'i'),
    end: new RegExp(String.raw`\s+[|–—·•-]?\s*${toPattern(s)}\s*$`, 'i'),
  }));
  const clean = (text: string): string => {
    let t = text;
    for (const g of glued) t = t.replace(g.start, '').replace(g.end, '');
    return t.replace(PAGE_PREFIX, '').replace(PAGE_SUFFIX, '');
  };
  return { drop, clean };
}
