/** "Afspraak 1.1 Titel", "Actie 7:", "Prestatie 4 – Titel": a keyword and the document's own number open each agreement. */
import type { Block } from '../blocks.js';
import { matchLabelHeading, restIsTitle, type HeadingFamily } from '../agreement-labels.js';
import { splitLeadingWho } from '../leading-who.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

/** The keyword used most for headings, so "Actie 1" inside "Prestatie 4" stays body text. */
function mainFamily(blocks: readonly Block[]): { family: HeadingFamily | null; count: number } {
  const counts = new Map<HeadingFamily, number>();
  for (const b of blocks) {
    if (b.cells) continue;
    const h = matchLabelHeading(b.text);
    if (h) counts.set(h.family, (counts.get(h.family) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? { family: best[0], count: best[1] } : { family: null, count: 0 };
}

export const labelHeadings: Layout = {
  name: 'label-heading',
  numbered: true,
  detect: (blocks) => mainFamily(blocks).count,
  read(blocks, ctx) {
    const { family } = mainFamily(blocks);
    return walk(
      blocks,
      {
        layout: 'label-heading',
        plainChapters: true,
        continueAfterBlank: true,
        open(t) {
          const h = matchLabelHeading(t);
          if (!h || h.family !== family) return null;
          const who = splitLeadingWho(h.rest);
          const rest = who?.rest ?? h.rest;
          const titled = restIsTitle(rest);
          return { kind: 'agreement', label: h.label, lead: titled ? '' : rest, headingTitle: titled ? rest : null, text: titled || !rest ? null : rest, responsible: who?.who };
        },
      },
      ctx.tocTitles,
    );
  },
};
