/**
 * Who a document says is responsible, beyond a name in a column: the party whose list of commitments it is ("Mercatus
 * zegt toe:"), and the short forms of its legend in a column per party ("G = Gemeente Ridderkerk").
 */
import type { ExtractedParty } from '../core/agreement.js';
import { escapeRegExp } from './names.js';

/** The party a "… zegt toe:" line names, by its name or a short form ("De gemeente", "Mercatus"). */
export function speakerParty(speaker: string, parties: readonly ExtractedParty[]): ExtractedParty | null {
  const key = speaker.toLowerCase().replace(/^(?:de|het)\s+/, '');
  if (/^gemeente\b/.test(key)) return parties.find((p) => p.kind === 'gemeente') ?? null;
  return parties.find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().replace(/^(?:de|het)\s+/, '') === key)) ?? null;
}

/**
 * "G, W" in a column per party: the short forms the document's legend spells out ("G = Gemeente Ridderkerk"). Built
 * once per document; the returned function expands one cell.
 */
export function legendExpander(abbreviations: ReadonlyArray<{ short: string; long: string }>): (cell: string) => string {
  const forms = abbreviations.filter((a) => /^[\p{Lu}]/u.test(a.short)).sort((a, b) => b.short.length - a.short.length);
  if (!forms.length) return (cell) => cell;
  // One pass, longest first: "HR KW" is one short form, not "HR" and "KW".
  const re = new RegExp(`(?<![\\p{L}\\d-])(?:${forms.map((a) => escapeRegExp(a.short)).join('|')})(?![\\p{L}\\d-])`, 'gu');
  return (cell) => cell.replace(re, (w) => forms.find((a) => a.short === w)?.long ?? w);
}
