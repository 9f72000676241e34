/**
 * Items lettered a., b., c. under chapter headings ("IV Duurzaamheid" / "a. Elkien heeft …"), in documents
 * that number nothing else. The chapter's number as printed goes before the letter: "IV.a", "2.b".
 */
import type { Block } from '../blocks.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

const LETTER_ITEM = /^\s*([a-z])[.)]\s+(\p{Lu}.*)$/u;

export const letteredItems: Layout = {
  name: 'lettered',
  numbered: true,
  detect: (blocks: readonly Block[]) => blocks.filter((b) => !b.cells && LETTER_ITEM.test(b.text)).length,
  read(blocks, ctx) {
    return walk(
      blocks,
      {
        layout: 'lettered',
        plainChapters: true,
        continueAfterBlank: true,
        open(t, _block, state) {
          const m = LETTER_ITEM.exec(t);
          if (!m || !state.chapter) return null;
          const chapter = state.chapter.label ?? (state.chapter.number !== null ? String(state.chapter.number) : null);
          if (!chapter) return null;
          return { kind: 'agreement', label: `${chapter}.${m[1]}`, lead: m[2]!, headingTitle: null, text: m[2]! };
        },
      },
      ctx.tocTitles,
    );
  },
};
