/**
 * Items lettered a., b., c. under chapter headings ("IV Duurzaamheid" / "a. Elkien heeft …"), or numbered in Roman
 * numerals under lettered chapters ("Hoofdstuk A – Wonen" / "### II. Tijdelijke woningen"), in documents that number
 * nothing else. The chapter's number or letter as printed goes before the item's: "IV.a", "2.b", "A.II".
 */
import type { Block } from '../blocks.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';
import { matchChapterHeading } from '../headings.js';
import { stripMarks } from '../blocks.js';

const LETTER_ITEM = /^\s*([a-z])[.)]\s+(\p{Lu}.*)$/u;
/** "### II. Tijdelijke woningen": a Roman numeral and a title, as a heading. */
const ROMAN_ITEM = /^\s*(?:#+\s*)?\**((?:X{0,3})(?:IX|IV|V?I{0,3}))[.)]\**\s+(\p{Lu}.*?)\**\s*$/u;
const romanItem = (b: Block) => {
  const m = ROMAN_ITEM.exec(b.text);
  return m && m[1] && (b.level > 0 || /^\*\*/.test(b.text.trim())) ? m : null;
};

export const letteredItems: Layout = {
  name: 'lettered',
  numbered: true,
  detect: (blocks: readonly Block[]) => blocks.filter((b) => !b.cells && (LETTER_ITEM.test(b.text) || romanItem(b))).length,
  read(blocks, ctx) {
    // Roman items count as items only in a document whose chapters are lettered.
    const lettered = blocks.some((b) => !b.cells && matchChapterHeading(stripMarks(b.text))?.label?.match(/^[A-Z]$/));
    return walk(
      blocks,
      {
        layout: 'lettered',
        plainChapters: true,
        continueAfterBlank: true,
        // "### II. Tijdelijke woningen" under "Hoofdstuk A": an item of the chapter, not a Roman chapter of its own.
        opensAgreement: (t) => lettered && ROMAN_ITEM.test(t),
        open(t, block, state) {
          const roman = romanItem(block);
          const m = roman ?? LETTER_ITEM.exec(t);
          if (!m || !state.chapter) return null;
          const chapter = state.chapter.label ?? (state.chapter.number !== null ? String(state.chapter.number) : null);
          if (!chapter) return null;
          if (roman) return { kind: 'agreement', label: `${chapter}.${roman[1]}`, lead: '', headingTitle: roman[2]!, text: null };
          return { kind: 'agreement', label: `${chapter}.${m[1]}`, lead: m[2]!, headingTitle: null, text: m[2]! };
        },
      },
      ctx.tocTitles,
    );
  },
};
