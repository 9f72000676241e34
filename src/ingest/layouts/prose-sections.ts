/**
 * Prose under headings, without numbers: a heading followed by its own text is one agreement; a heading
 * followed straight by another heading is the theme above them. Numbered in order.
 */
import type { Block } from '../blocks.js';
import { isHeadingLike, matchChapterHeading, matchKindHeading, type ChapterHeading } from '../headings.js';
import { RESPONSIBLE_LABEL } from '../responsible-parties.js';
import type { Layout } from './layout.js';
import { walk, type WalkState } from './walk.js';

/** Sections around the agreements that are not agreements themselves. */
const NOT_AN_AGREEMENT =
  /^(?:\d+[.)]?\s*)?(?:inleiding|voorwoord|leeswijzer|aanleiding|achtergrond|samenvatting|context|colofon|inhoud\w*|bijlagen?\b.*|begrippen\w*|afkortingen|ondertekening|handtekeningen|partijen|looptijd|proces|over\s+dit\s+document|tot\s+slot|slotbepalingen?|algemene\s+bepalingen|opgaven?\s+en\s+ambitie\w*|ambitie\w*|doelen|visie|terugblik|evaluatie\s+\d{4})$/i;

function isHeading(b: Block): boolean {
  if (b.cells || RESPONSIBLE_LABEL.test(b.text) || matchKindHeading(b.text)) return false;
  if (matchChapterHeading(b.text)) return false;
  return b.level > 0 ? b.text.length <= 100 : b.blankBefore && isHeadingLike(b.text);
}

/** A section's own text: what follows the heading up to the next heading. */
function hasOwnText(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return !!next && !isHeading(next) && !next.cells && !matchChapterHeading(next.text) && next.text.split(/\s+/).length >= 6;
}

export const proseSections: Layout = {
  name: 'prose',
  numbered: false,
  detect: (blocks) => blocks.filter((b, i) => isHeading(b) && hasOwnText(blocks, i) && !NOT_AN_AGREEMENT.test(b.text)).length,
  read(blocks, ctx) {
    let n = 0;
    let skipping = false;
    let chapter: ChapterHeading | null = null;
    const index = new Map(blocks.map((b, i) => [b, i]));
    /** A new chapter ends an introduction that was being skipped. */
    const follow = (state: WalkState) => {
      if (state.chapter === chapter) return;
      chapter = state.chapter;
      skipping = !!chapter && NOT_AN_AGREEMENT.test(chapter.title);
    };
    return walk(
      blocks,
      {
        layout: 'prose',
        plainChapters: true,
        continueAfterBlank: true,
        open(t, block, state) {
          follow(state);
          if (!isHeading(block)) return skipping && !state.current ? { kind: 'skip' } : null;
          skipping = NOT_AN_AGREEMENT.test(t);
          if (skipping) return { kind: 'skip' };
          if (!hasOwnText(blocks, index.get(block)!)) return { kind: 'section', title: t };
          return { kind: 'agreement', label: String(++n), lead: '', headingTitle: t, text: null };
        },
        line(t, _block, w) {
          // "Thema 2 Betaalbaarheid" followed straight by prose: the theme's text is its one agreement.
          if (w.current || skipping || !w.chapter || !w.sectionChanged || t.split(/\s+/).length < 6) return false;
          w.start(String(++n), '', w.chapter.title);
          w.addText(t);
          return true;
        },
      },
      ctx.tocTitles,
    );
  },
};
