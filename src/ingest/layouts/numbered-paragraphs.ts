/** "12. Tekst" or "12) Tekst": numbered paragraphs, in sequence, restarting only at a new chapter or theme. */
import type { Block } from '../blocks.js';
import { restIsTitle } from '../agreement-labels.js';
import { isHeadingLike, matchChapterHeading } from '../headings.js';
import { splitLeadingWho } from '../leading-who.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

/**
 * "12. Tekst", "12) Tekst", "2a. Tekst", "**2a** — Tekst", "2a – Tekst", "(3) Tekst", "**(3)** Tekst", "1a Titel" opening a
 * numbered paragraph, or "12<tab>Tekst" with the number in a margin column (see margin-numbers.ts): the number (with a
 * letter for an item within a chapter) and the text.
 */
export const PARA_RE =
  /^\s*(?:<p>)?\s*(?:(\d{1,3}[a-z]?)[.)]|\*\*\(?(\d{1,3}[a-z]?)[.)]?\*\*(?:\s*[—–:-])?|(\d{1,3}[a-z]?)\s+[—–]|(\d{1,3}[a-z]):|\((\d{1,3}[a-z]?)\)|(\d{1,3}[a-z])(?=\s+\p{Lu})|(\d{1,3})(?=\t))\s+(\S.*)$/u;

/** The number and text of a numbered paragraph. */
export function matchPara(text: string): { label: string; rest: string } | null {
  const m = PARA_RE.exec(text);
  if (!m) return null;
  return { label: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7])!, rest: m[8]! };
}

const numberOf = (label: string) => ({ n: Number.parseInt(label, 10) || 0, letter: /[a-z]$/.test(label) ? label.charCodeAt(label.length - 1) - 96 : 0 });

/**
 * "3. Betaalbaarheid" on a line of its own, then a blank line and text that is not a numbered paragraph: a
 * chapter heading, not an agreement (an agreement's title line is followed by its text directly).
 */
export function isPlainChapter(block: Block, next: Block | undefined): boolean {
  const m = matchPara(block.text);
  if (!m || !block.blankAfter || !next || PARA_RE.test(next.text) || next.cells) return false;
  return isHeadingLike(m.rest) && m.rest.split(/\s+/).length <= 6;
}

/**
 * A number fits when it continues the sequence (small gaps allowed) or restarts at 1 after a heading; "2b" follows
 * "2a", and "2a" opens the items under chapter 2 after a heading.
 */
function fits(label: string, lastLabel: string | null, sectionChanged: boolean): boolean {
  const { n, letter } = numberOf(label);
  const last = lastLabel ? numberOf(lastLabel) : { n: 0, letter: 0 };
  if (letter > 0) return (n === last.n && letter === last.letter + 1) || (letter === 1 && (sectionChanged || (n > last.n && n <= last.n + 6) || last.n === 0));
  if (last.letter > 0 && !sectionChanged) return false;
  return (last.n === 0 && n <= 6) || (n > last.n && n <= last.n + 6) || (n === 1 && sectionChanged);
}

export const numberedParagraphs: Layout = {
  name: 'paragraph',
  numbered: true,
  detect(blocks) {
    let last: string | null = null;
    let count = 0;
    let changed = true;
    for (const [i, b] of blocks.entries()) {
      const m = b.cells ? null : matchPara(b.text);
      if (m && isPlainChapter(b, blocks[i + 1])) {
        changed = true;
        continue;
      }
      if (!m) {
        if (b.level > 0 || (b.blankBefore && b.blankAfter && (b.text.length < 60 || isHeadingLike(b.text)))) changed = true;
        continue;
      }
      if (fits(m.label, last, changed)) {
        count++;
        last = m.label;
        changed = false;
      }
    }
    return count;
  },
  read(blocks, ctx) {
    const whole = wholeArticles(blocks);
    return walk(
      blocks,
      {
        layout: 'paragraph',
        plainChapters: false,
        // A paragraph with a title line of its own ("1. Huurbeleid") runs on over blank lines to the next number.
        continueAfterBlank: (current) => current.headingTitle !== null,
        plainChapter: isPlainChapter,
        open(t, block, state, next) {
          const m = matchPara(t);
          // "Artikel 9  Wonen en zorg" with one paragraph and no numbered members: the article is one agreement.
          const article = whole.get(block);
          if (!m && article !== undefined && !state.current) return { kind: 'agreement', label: article, lead: t, headingTitle: null, text: t };
          if (!m) return null;
          const current = state.current ?? state.agreements[state.agreements.length - 1];
          if (!fits(m.label, current?.label ?? null, state.sectionChanged)) return null;
          const who = splitLeadingWho(m.rest);
          const rest = who?.rest ?? m.rest;
          // "3. Huurbeleid" with the text on the next line: a title of its own.
          const titled = restIsTitle(rest) && !/[.:;,!?]$/.test(rest) && !!next && !next.blankBefore && !next.cells && /^\p{Lu}/u.test(next.text) && !PARA_RE.test(next.text);
          if (titled) return { kind: 'agreement', label: m.label, lead: '', headingTitle: rest, text: null, responsible: who?.who };
          return { kind: 'agreement', label: m.label, lead: rest, headingTitle: null, text: rest, responsible: who?.who };
        },
      },
      ctx.tocTitles,
    );
  },
};

const ARTICLE = /^\**\s*artikel\s+(\d{1,3})\b/i;

/**
 * In a contract whose articles hold numbered members ("Artikel 3" – "1. …", "2. …"), an article without members is
 * one agreement under the article's number: the first text block of each such article, with that number.
 */
function wholeArticles(blocks: readonly Block[]): Map<Block, string> {
  const articles: Array<{ number: string; body: Block[] }> = [];
  for (const b of blocks) {
    const m = b.cells ? null : ARTICLE.exec(b.text);
    if (m && matchChapterHeading(b.text)) articles.push({ number: m[1]!, body: [] });
    else articles.at(-1)?.body.push(b);
  }
  const withMembers = articles.filter((a) => a.body.some((b) => !b.cells && PARA_RE.test(b.text)));
  const out = new Map<Block, string>();
  if (withMembers.length < 2) return out;
  for (const a of articles) {
    // Its first paragraph: a long line that ends a sentence or runs on to the next line.
    const first = a.body.find((b) => !b.cells && b.text.length > 40 && (/[.;:]$/.test(b.text) || !b.blankAfter));
    if (!withMembers.includes(a) && first) out.set(first, a.number);
  }
  return out;
}
