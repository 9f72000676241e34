/** "Afspraak: De gemeente …" blocks without numbers, perhaps under a title line of their own; numbered in order. */
import type { Block } from '../blocks.js';
import { restIsTitle } from '../agreement-labels.js';
import { isHeadingLike } from '../headings.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

export const OPENER = /^\**\s*(?:afspraak|prestatie(?:afspraak)?|actie|maatregel|wat)\s*\**\s*:\s*\**\s*(.*)$/i;
/** "Doel: …" just above "Afspraak:": why the agreement is made, part of its text. */
const GOAL = /^\**\s*(?:doel|doelstelling)\s*\**\s*:\s*\**\s*(.+)$/i;
/** "Vraag 3: Hoe blijft de huur betaalbaar?" above "Afspraak:": the question is the title, its number the agreement's. */
const QUESTION = /^\**\s*vraag\s+(\d{1,3})\s*[:.]\s*\**\s*(.+\?)\s*\**$/i;
/** "*(afspraak 12)*" below a block: the document prints the block's number at its end. */
const CLOSING_NUMBER = /^[*_]*\(\s*afspraak\s+(\d{1,3}[a-z]?)\s*\)[*_]*$/i;

export const afspraakBlocks: Layout = {
  name: 'afspraak-blocks',
  numbered: false,
  detect: (blocks) => blocks.filter((b) => !b.cells && OPENER.test(b.text)).length,
  read(blocks, ctx) {
    let n = 0;
    let goal: string | null = null;
    let asked: string | null = null;
    const index = new Map(blocks.map((b, i) => [b, i]));
    const spaced = blocks.filter((b) => !b.cells).every((b) => b.blankBefore);
    const isTitle = (b: Block | undefined) => !!b && !b.cells && !b.text.includes(':') && (isHeadingLike(b.text) || restIsTitle(b.text)) && !/[.;]$/.test(b.text);
    return walk(
      blocks,
      {
        layout: 'afspraak-blocks',
        plainChapters: true,
        continueAfterBlank: true,
        open(t, block, _state, next) {
          const m = OPENER.exec(t);
          if (m) {
            const text = [m[1], goal && `Doel: ${goal}`].filter(Boolean).join('\n') || null;
            goal = null;
            const label = asked ?? String(n + 1);
            const printed = asked !== null;
            asked = null;
            n++;
            return { kind: 'agreement', label, lead: m[1]!, headingTitle: null, text, printed };
          }
          const why = GOAL.exec(t);
          if (why && next && OPENER.test(next.text)) {
            goal = why[1]!;
            return { kind: 'skip' };
          }
          const question = next && OPENER.test(next.text) ? QUESTION.exec(t) : null;
          if (question) {
            asked = question[1]!;
            return { kind: 'title', title: question[2]! };
          }
          // A short line right above "Afspraak:" is that agreement's title; one above such a title is the theme.
          // Word and HTML put a blank line between all paragraphs, so there "right above" is the next block; a
          // Markdown heading is a line of its own whatever space follows it.
          if (next && OPENER.test(next.text) && isTitle(block) && (!next.blankBefore || spaced || block.level > 0)) return { kind: 'title', title: t };
          const afterNext = blocks[index.get(block)! + 2];
          if (next && afterNext && isHeadingLike(t) && isTitle(next) && OPENER.test(afterNext.text)) return { kind: 'section', title: t };
          return null;
        },
        line(t, _block, walker) {
          const closing = CLOSING_NUMBER.exec(t);
          if (!closing || !walker.current) return false;
          walker.current.label = closing[1]!;
          walker.current.printed = true;
          return true;
        },
      },
      ctx.tocTitles,
    );
  },
};
