/** "Afspraak: De gemeente …" blocks without numbers, perhaps under a title line of their own; numbered in order. */
import type { Block } from '../blocks.js';
import { restIsTitle } from '../agreement-labels.js';
import { isHeadingLike } from '../headings.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

const OPENER = /^\**\s*(?:afspraak|prestatie(?:afspraak)?|actie|maatregel|wat)\s*\**\s*:\s*\**\s*(.*)$/i;

export const afspraakBlocks: Layout = {
  name: 'afspraak-blocks',
  numbered: false,
  detect: (blocks) => blocks.filter((b) => !b.cells && OPENER.test(b.text)).length,
  read(blocks, ctx) {
    let n = 0;
    return walk(
      blocks,
      {
        layout: 'afspraak-blocks',
        plainChapters: true,
        continueAfterBlank: true,
        open(t, block, _state, next) {
          const m = OPENER.exec(t);
          if (m) return { kind: 'agreement', label: String(++n), lead: m[1]!, headingTitle: null, text: m[1] || null };
          // A short line right above "Afspraak:" is that agreement's title.
          if (next && !next.blankBefore && OPENER.test(next.text) && (isHeadingLike(t) || restIsTitle(t)) && !/[.:;]$/.test(t)) return { kind: 'title', title: t };
          return null;
        },
      },
      ctx.tocTitles,
    );
  },
};
