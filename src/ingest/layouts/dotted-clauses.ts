/**
 * Dotted numbers: "1.1 Titel" headings or "1.4.1 De gemeente …" clauses, each on its own line however long.
 * A number with children ("1.4" above "1.4.1") is a section heading; the leaves are the agreements.
 */
import type { Block } from '../blocks.js';
import { matchDotted, restIsTitle } from '../agreement-labels.js';
import { splitLeadingWho } from '../leading-who.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

/** "a.  Woningstichting X voegt …": a lettered item below a titled clause ("2.1  NIEUWBOUW"). */
const LETTER_ITEM = /^\s*([a-z])[.)]\s+(\p{Lu}.*)$/su;

function labels(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.cells) continue;
    const d = matchDotted(b.text);
    // "1.200 woningen": a thousands separator, not a clause number.
    if (d && !(/\.\d{3}$/.test(d.label) && /^\p{Ll}/u.test(d.rest))) out.push(d.label);
  }
  return out;
}

/**
 * The numbers that head other clauses: "1.4" above "1.4.1", and "2.1" right above "W1" – a section numbered as a
 * chapter's part, over agreements that carry a code of their own.
 */
function parentsOf(all: readonly string[]): Set<string> {
  const parents = new Set<string>();
  all.forEach((l, i) => {
    const parts = l.split('.');
    for (let k = 1; k < parts.length; k++) parents.add(parts.slice(0, k).join('.'));
    const next = all[i + 1];
    if (/^\d/.test(l) && next && /^[A-Z]/.test(next)) parents.add(l);
  });
  return parents;
}

export const dottedClauses: Layout = {
  name: 'dotted',
  numbered: true,
  detect(blocks) {
    const all = labels(blocks);
    const parents = parentsOf(all);
    return all.filter((l) => !parents.has(l)).length;
  },
  read(blocks, ctx) {
    const all = labels(blocks);
    const parents = parentsOf(all);
    const valid = new Set(all);
    // The clause whose lettered items are being read: "2.1  NIEUWBOUW" / "a. …" / "b. …" give 2.1a and 2.1b.
    let lettered: string | null = null;
    return walk(
      blocks,
      {
        layout: 'dotted',
        plainChapters: true,
        continueAfterBlank: true,
        // "H1 Achterban" beside "G1 …" and "B1 …": the letter is a series of agreements, not "Hoofdstuk 1".
        opensAgreement: (t) => {
          const d = matchDotted(t);
          return !!d && /^H\d/.test(d.label) && valid.has(d.label) && all.some((l) => /^[A-GI-Z]\d/.test(l));
        },
        open(t, _block, _state, next) {
          const d = matchDotted(t);
          if (!d || !valid.has(d.label)) {
            const item = lettered ? LETTER_ITEM.exec(t) : null;
            return item ? { kind: 'agreement', label: `${lettered}${item[1]}`, lead: item[2]!, headingTitle: null, text: item[2]! } : null;
          }
          lettered = null;
          if (parents.has(d.label)) return restIsTitle(d.rest) ? { kind: 'section', title: d.rest } : null;
          const who = splitLeadingWho(d.rest);
          const rest = who?.rest ?? d.rest;
          const titled = restIsTitle(rest);
          // A titled clause whose text opens with "a." holds one agreement per letter.
          if (titled && next && !next.cells && /^\s*a[.)]\s+\p{Lu}/u.test(next.text)) {
            lettered = d.label;
            return { kind: 'section', title: rest };
          }
          return { kind: 'agreement', label: d.label, lead: titled ? '' : rest, headingTitle: titled ? rest : null, text: titled ? null : rest, responsible: who?.who };
        },
      },
      ctx.tocTitles,
    );
  },
};
