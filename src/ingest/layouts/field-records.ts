/**
 * Records of labelled fields, one agreement each: "Nr.: 1.1" / "Onderwerp: Nieuwbouw" / "Afspraak: …" /
 * "Trekker: …" / "Planning: …". The number and title come from their own fields.
 */
import type { Block } from '../blocks.js';
import { OPENER } from './afspraak-blocks.js';
import type { Layout } from './layout.js';
import { walk } from './walk.js';

const NUMBER_FIELD = /^\**\s*(?:nr|nummer|no|afspraaknummer|actienummer|afspraak\s+nr)\.?\s*\**\s*:\s*\**\s*((?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\s*\**\s*$/i;
const TITLE_FIELD = /^\**\s*(?:onderwerp|titel|naam)\s*\**\s*:\s*\**\s*(.{2,120}?)\s*\**\s*$/i;

/** Number fields followed within a few lines by an "Afspraak:" field. */
function records(blocks: readonly Block[]): number {
  let n = 0;
  blocks.forEach((b, i) => {
    if (!b.cells && NUMBER_FIELD.test(b.text) && blocks.slice(i + 1, i + 4).some((x) => OPENER.test(x.text))) n++;
  });
  return n;
}

export const fieldRecords: Layout = {
  name: 'field-records',
  numbered: true,
  detect: records,
  read(blocks, ctx) {
    let label: string | null = null;
    let title: string | null = null;
    return walk(
      blocks,
      {
        layout: 'field-records',
        plainChapters: true,
        continueAfterBlank: true,
        open(t) {
          const number = NUMBER_FIELD.exec(t);
          if (number) {
            label = number[1]!;
            title = null;
            return { kind: 'skip' };
          }
          const named = TITLE_FIELD.exec(t);
          if (named && label) {
            title = named[1]!;
            return { kind: 'skip' };
          }
          const m = OPENER.exec(t);
          if (m && label) {
            const opening = { kind: 'agreement' as const, label, lead: m[1]!, headingTitle: title, text: m[1] || null };
            label = null;
            title = null;
            return opening;
          }
          return null;
        },
      },
      ctx.tocTitles,
    );
  },
};
