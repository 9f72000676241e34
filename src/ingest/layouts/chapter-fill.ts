/**
 * Documents that change layout per chapter: "I.1 Titel" headings in chapters I and II, a table with "III.1" rows in
 * chapter III, bullets "• IV.1 Titel – …" in chapter IV. The layout that reads most of the document leaves the
 * other chapters empty; each such chapter is read with the layout that suits it, and its agreements are kept when
 * their numbers look like the document's own ("IV.1" beside "I.1") and are new — so an introduction or a
 * monitoring chapter never adds agreements.
 */
import type { Block } from '../blocks.js';
import { matchChapterHeading } from '../headings.js';
import type { ReadContext } from './layout.js';
import type { RawAgreement } from './raw-agreement.js';
import { chooseLayout } from './registry.js';

/** "III.1" and "IV.12" have one shape, "A3" and "2.1" others. */
const shapeOf = (label: string) => label.replace(/[A-Z]+/gi, 'A').replace(/\d+/g, '9');

const firstLine = (r: RawAgreement) => (r.original[0] ?? '').trim();

/** The body split at its chapter headings; each chapter starts with its heading. */
function chapters(blocks: readonly Block[]): Array<{ blocks: Block[]; plain: boolean }> {
  // What comes before the first heading is read like a plain chapter.
  const out: Array<{ blocks: Block[]; plain: boolean }> = [{ blocks: [], plain: true }];
  for (const b of blocks) {
    // A Markdown heading, or a plain line set apart by blank lines ("B. Procesafspraken" in a PDF's text).
    const heading = b.level > 0 ? b.level <= 2 : b.blankBefore && b.blankAfter;
    if (!b.cells && heading && matchChapterHeading(b.text.replace(/^#+\s*/, ''), true)) out.push({ blocks: [], plain: b.level === 0 });
    out[out.length - 1]!.blocks.push(b);
  }
  return out.filter((c) => c.blocks.length > 1);
}

/** Whether an agreement read from the whole document starts inside this chapter. */
const holds = (chapter: readonly Block[], r: RawAgreement) => {
  const line = firstLine(r);
  return line.length > 0 && chapter.some((b) => b.raw.includes(line) || line.includes(b.raw.trim()));
};

export function fillEmptyChapters(blocks: readonly Block[], raws: RawAgreement[], ctx: ReadContext): RawAgreement[] {
  if (raws.length < 2) return raws;
  const shapes = new Set(raws.map((r) => shapeOf(r.label)));
  // Plain numbers ("1", "2") could be anything's; only a document numbered with a pattern is filled.
  if ([...shapes].every((s) => s === '9')) return raws;
  const labels = new Set(raws.map((r) => r.label));
  const out: RawAgreement[] = [];
  let rest = [...raws];
  for (const { blocks: chapter, plain } of chapters(blocks)) {
    const own = rest.filter((r) => holds(chapter, r));
    if (own.length > 0) {
      // Agreements before this chapter's first one belong to earlier chapters.
      const upTo = rest.indexOf(own[own.length - 1]!) + 1;
      out.push(...rest.slice(0, upTo));
      rest = rest.slice(upTo);
      continue;
    }
    const choice = chooseLayout(chapter);
    if (!choice) continue;
    const found = choice.layout.read(chapter, ctx);
    // Under a plain heading only coded numbers ("P1" beside "R1") count: "2.1 De woningmarkt" in an introduction is no agreement.
    if (found.length === 0 || !found.every((r) => shapes.has(shapeOf(r.label)) && !labels.has(r.label) && (!plain || /[A-Z]/i.test(r.label)))) continue;
    for (const r of found) labels.add(r.label);
    out.push(...found);
  }
  return [...out, ...rest];
}
