/**
 * Paragraphs that end with their number in brackets: "… tegen de sociale grondprijs. [A2]". The number comes last,
 * so an agreement is the paragraph (maybe broken by a page) that the label closes; paragraphs without a label
 * (an introduction to the chapter) are context, not agreements.
 */
import type { Block } from '../blocks.js';
import { matchChapterHeading } from '../headings.js';
import type { Layout } from './layout.js';
import { newAgreement, type RawAgreement } from './raw-agreement.js';

/** "[A2]", "[3.1]", "[B12]" at the end of a line. */
const TRAILING_LABEL = /\s*\[([A-Z]{0,3}\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\]\s*$/;
/** "(trekker: Omnia)", "Wie: Omnia, gemeente." inside the paragraph. */
const RESPONSIBLE_IN_TEXT = /\((?:trekker|regie|wie|eigenaar)\s*:\s*([^)]+)\)|\b(?:Wie|Trekker)\s*:\s*([^.[\]()]+)\.?/gi;

const labelOf = (b: Block) => (b.cells ? null : TRAILING_LABEL.exec(b.text)?.[1] ?? null);

export const trailingLabels: Layout = {
  name: 'paragraph',
  numbered: true,
  detect: (blocks) => blocks.filter((b) => labelOf(b) !== null).length,
  read(blocks) {
    const out: RawAgreement[] = [];
    let chapter: { number: number | null; title: string } | null = null;
    let lines: string[] = [];
    for (const b of blocks) {
      if (b.cells) {
        lines = [];
        continue;
      }
      const heading = b.text.length <= 100 && !TRAILING_LABEL.test(b.text) ? matchChapterHeading(b.text, true) : null;
      if (heading) {
        chapter = { number: heading.number, title: heading.title };
        lines = [];
        continue;
      }
      // A new paragraph starts after a blank line, unless the last one broke off mid-sentence (a page break).
      if (b.blankBefore && lines.length && /[.!?:)]$/.test(lines[lines.length - 1]!)) lines = [];
      const label = labelOf(b);
      lines.push(b.text.replace(TRAILING_LABEL, '').trim());
      if (!label) continue;
      const text = lines.filter(Boolean).join(' ');
      const responsible = [...text.matchAll(RESPONSIBLE_IN_TEXT)].map((m) => (m[1] ?? m[2])!.trim());
      const clean = text.replace(RESPONSIBLE_IN_TEXT, ' ').replace(/\s+/g, ' ').trim();
      const a = newAgreement({ label, chapterNumber: chapter?.number ?? null, chapterTitle: chapter?.title ?? null, kind: null, layout: 'paragraph', lead: clean });
      a.multi.push(clean);
      a.responsible.push(...responsible);
      a.original.push(...lines);
      out.push(a);
      lines = [];
    }
    return out;
  },
};
