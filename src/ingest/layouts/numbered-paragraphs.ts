/** "12. Tekst" or "12) Tekst": numbered paragraphs, in sequence, restarting only at a new chapter or theme. */
import type { Block } from '../blocks.js';
import { restIsTitle } from '../agreement-labels.js';
import { isHeadingLike } from '../headings.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

/** "12. Tekst" or "12) Tekst" opening a numbered paragraph. */
export const PARA_RE = /^\s*(?:<p>)?\s*(\d{1,3})[.)]\s+(\S.*)$/;

/**
 * "3. Betaalbaarheid" on a line of its own, then a blank line and text that is not a numbered paragraph: a
 * chapter heading, not an agreement (an agreement's title line is followed by its text directly).
 */
export function isPlainChapter(block: Block, next: Block | undefined): boolean {
  const m = PARA_RE.exec(block.text);
  if (!m || !block.blankAfter || !next || PARA_RE.test(next.text) || next.cells) return false;
  return isHeadingLike(m[2]!) && m[2]!.split(/\s+/).length <= 6;
}

/** A number fits when it continues the sequence (small gaps allowed) or restarts at 1 after a heading. */
function fits(n: number, last: number, sectionChanged: boolean): boolean {
  return (last === 0 && n <= 6) || (n > last && n <= last + 6) || (n === 1 && sectionChanged);
}

export const numberedParagraphs: Layout = {
  name: 'paragraph',
  numbered: true,
  detect(blocks) {
    let last = 0;
    let count = 0;
    let changed = true;
    for (const [i, b] of blocks.entries()) {
      const m = b.cells ? null : PARA_RE.exec(b.text);
      if (m && isPlainChapter(b, blocks[i + 1])) {
        changed = true;
        continue;
      }
      if (!m) {
        if (b.level > 0 || (b.blankBefore && b.blankAfter && b.text.length < 60)) changed = true;
        continue;
      }
      const n = Number(m[1]);
      if (fits(n, last, changed)) {
        count++;
        last = n;
        changed = false;
      }
    }
    return count;
  },
  read(blocks, ctx) {
    return walk(
      blocks,
      {
        layout: 'paragraph',
        plainChapters: false,
        // A paragraph with a title line of its own ("1. Huurbeleid") runs on over blank lines to the next number.
        continueAfterBlank: (current) => current.headingTitle !== null,
        plainChapter: isPlainChapter,
        open(t, block, state, next) {
          const m = PARA_RE.exec(t);
          if (!m) return null;
          const current = state.current ?? state.agreements[state.agreements.length - 1];
          const last = current ? Number.parseInt(current.label, 10) || 0 : 0;
          if (!fits(Number(m[1]), last, state.sectionChanged)) return null;
          const rest = m[2]!;
          // "3. Huurbeleid" with the text on the next line: a title of its own.
          const titled = restIsTitle(rest) && !/[.:;,!?]$/.test(rest) && !!next && !next.blankBefore && !next.cells && /^\p{Lu}/u.test(next.text) && !PARA_RE.test(next.text);
          if (titled) return { kind: 'agreement', label: m[1]!, lead: '', headingTitle: rest, text: null };
          return { kind: 'agreement', label: m[1]!, lead: rest, headingTitle: null, text: rest };
        },
      },
      ctx.tocTitles,
    );
  },
};
