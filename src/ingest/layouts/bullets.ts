/** An unnumbered list: "• Titel – tekst" per agreement under theme headings; numbers are given in order. */
import type { Block } from '../blocks.js';
import { matchDotted, matchLabelHeading, restIsTitle } from '../agreement-labels.js';
import { isHeadingLike } from '../headings.js';
import type { Layout } from './layout.js';
import type { RawAgreement } from './raw-agreement.js';
import { walk } from './walk.js';

/**
 * A bullet or a checkbox ("[x] ", "[ ] ", "☐ ", a Markdown task "- [ ] "; the box is no part of the text);
 * "[x] = afgerond" explains the boxes and is no item.
 */
export const BULLET = /^(?:[•●▪◦■►▶➤✓·*–-](?:\s+(?:\[[ xX✓✗]?\]|[☐☑☒]))?|\[[ xX✓✗]?\]|[☐☑☒])\s+(?!=)(\S.*)$/u;
const CHECKBOX = /^(?:[•●▪◦*–-]\s+)?(?:\[[ xX✓✗]?\]|[☐☑☒])\s/u;
/** "Titel – tekst", "Titel: tekst": a short title before a dash or colon. */
const TITLE_SPLIT = /^(.{2,90}?)\s+[–—-]\s+(\S.*)$|^([^:]{2,90}?):\s+(\S.*)$/u;

/** A top-level bullet: not indented under another one. */
export const topBullet = (b: Block) => !b.cells && BULLET.test(b.text) && !/^\s{2,}|^\t/.test(b.raw);

/**
 * The list items that are agreements: in an action list with checkboxes only the checked or open items, so a
 * bulleted list of remarks below it ("Opmerkingen uit het overleg") stays out.
 */
function itemTest(blocks: readonly Block[]): (b: Block) => boolean {
  const boxes = blocks.filter((b) => topBullet(b) && CHECKBOX.test(b.text)).length;
  if (boxes >= 2) return (b) => topBullet(b) && CHECKBOX.test(b.text);
  // "In deze nieuwsbrief: • Betaalbaar wonen" above "## Betaalbaar wonen": a bullet that repeats a heading is contents.
  const headings = new Set(blocks.filter((b) => b.level > 0).map((b) => bare(b.text)));
  return (b) => topBullet(b) && !headings.has(bare(BULLET.exec(b.text)![1]!));
}

const bare = (t: string) => t.replace(/[*_]/g, '').trim().toLowerCase();

/**
 * "• Veertig woningen in Oosteind" with its text on the next line ("<li><b>Titel</b><br>Tekst" in HTML): a short
 * bullet without an end mark, followed straight by a sentence that starts a new one, is a title of its own.
 */
function titleLine(text: string, next: Block | undefined): boolean {
  if (!next || next.cells || next.blankBefore || topBullet(next) || /^\s/.test(next.raw)) return false;
  return /^\p{Lu}/u.test(next.text) && /[.!?]$/.test(next.text) && text.length <= 70 && !/[.,;:!?]$/.test(text) && restIsTitle(text);
}

export function splitBullet(text: string): { title: string | null; text: string } {
  const m = TITLE_SPLIT.exec(text);
  const title = m ? (m[1] ?? m[3])! : null;
  const rest = m ? (m[2] ?? m[4])! : text;
  // "**Nieuwbouw** – …" (Markdown bold): the marks are emphasis, not part of the title.
  // "Oplevering van 64 woningen. Trekker: Viveste": a sentence before a label is text, not a title.
  return title && restIsTitle(title) && !/^(?:trekker|regie|wie|verantwoordelijk|partij)/i.test(title) && !/[.;]\s|\b(?:trekker|regie|wie|verantwoordelijk|eigenaar)$/i.test(title) ? { title: title.replace(/\*+/g, '').trim(), text: rest } : { title: null, text };
}

/** The share of sections (text between headings) that hold a bulleted list. */
export function bulletCoverage(blocks: readonly Block[]): number {
  let sections = 0;
  let withBullets = 0;
  let current: 'none' | 'text' | 'bullets' = 'none';
  const end = () => {
    if (current !== 'none') sections++;
    if (current === 'bullets') withBullets++;
  };
  for (const b of blocks) {
    if (b.level > 0 || (b.blankBefore && b.blankAfter && isHeadingLike(b.text))) {
      end();
      current = 'none';
    } else if (topBullet(b)) current = 'bullets';
    else if (current === 'none') current = 'text';
  }
  end();
  return sections ? withBullets / sections : 0;
}

export const bullets: Layout = {
  name: 'bullets',
  numbered: false,
  detect: (blocks) => blocks.filter(itemTest(blocks)).length,
  read(blocks, ctx) {
    let n = 0;
    const isItem = itemTest(blocks);
    const raws = walk(
      blocks,
      {
        layout: 'bullets',
        plainChapters: true,
        continueAfterBlank: false,
        open(t, block, _state, next) {
          if (!isItem(block)) return null;
          const item = BULLET.exec(t)![1]!;
          if (titleLine(item, next)) return { kind: 'agreement', label: String(++n), lead: '', headingTitle: item.replace(/\*+/g, '').trim(), text: null };
          const { title, text } = splitBullet(item);
          return { kind: 'agreement', label: String(++n), lead: text, headingTitle: title, text };
        },
      },
      ctx.tocTitles,
    );
    return withLeadingNumbers(withTrailingNumbers(raws));
  },
};

/** The printed number a bullet opens with: "IV.1 Huismeesters", "**Actie 3** – …". */
function leadingNumber(text: string): { label: string; rest: string } | null {
  const keyword = matchLabelHeading(text);
  if (keyword) return { label: keyword.label, rest: keyword.rest.replace(/^[–—-]\s*/, '') };
  const dotted = matchDotted(text);
  if (!dotted) return null;
  return { label: dotted.label, rest: text.replace(/^\s*\**\s*§?\s*/, '').slice(dotted.label.length).replace(/^[.:)]?\s*/, '') };
}

/** "• IV.1 Huismeesters – …", "- **Actie 1** – …": when (nearly) every bullet opens with its printed number, that number is its label. */
function withLeadingNumbers(raws: RawAgreement[]): RawAgreement[] {
  const found = raws.map((r) => {
    const inTitle = r.headingTitle ? leadingNumber(r.headingTitle) : null;
    if (inTitle) return { ...inTitle, inTitle: true };
    const inLead = leadingNumber(r.lead);
    return inLead ? { ...inLead, inTitle: false } : null;
  });
  if (raws.length === 0 || found.filter(Boolean).length < Math.max(1, raws.length * 0.8)) return raws;
  raws.forEach((r, i) => {
    const hit = found[i];
    if (!hit) return;
    r.label = hit.label;
    // "**Actie 1** – tekst": the title is the number only; the text gives the title.
    if (hit.inTitle) r.headingTitle = hit.rest.replace(/\*+/g, '').trim() || null;
    else {
      r.lead = hit.rest;
      if (r.multi[0]) r.multi[0] = leadingNumber(r.multi[0])?.rest ?? r.multi[0];
    }
  });
  return raws;
}

/** "… verhuurt de woningen.        nr. 12": the number printed after the bullet's text. */
const TRAILING_NUMBER = /\s*\b(?:nr|nummer|no)\.?\s*(\d{1,3}[a-z]?)\.?\s*$/i;

/** When (nearly) every bullet ends with its printed number, that number is its label, no part of its text. */
function withTrailingNumbers(raws: RawAgreement[]): RawAgreement[] {
  const found = raws.map((r) => TRAILING_NUMBER.exec(r.multi.join(' ').trim()));
  if (raws.length === 0 || found.filter(Boolean).length < Math.max(1, raws.length * 0.8)) return raws;
  raws.forEach((r, i) => {
    const m = found[i];
    if (!m) return;
    r.label = m[1]!;
    const last = r.multi.length - 1;
    r.multi[last] = r.multi[last]!.replace(TRAILING_NUMBER, '').trim();
    if (r.lead) r.lead = r.lead.replace(TRAILING_NUMBER, '').trim();
  });
  return raws;
}
