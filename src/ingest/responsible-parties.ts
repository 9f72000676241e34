/** Normalises who is responsible for an agreement to the short party names ("Gemeente", "Woonstede"). */
import type { ExtractedParty } from '../core/agreement.js';
import { escapeRegExp } from './document-meta.js';

/** Collective name for all tenant organisations, as used in responsible lists. */
export const TENANTS = 'Huurdersorganisaties';
export const MUNICIPALITY = 'Gemeente';

/** The short name a party gets in responsible lists. */
export function shortName(p: ExtractedParty): string {
  if (p.kind === 'gemeente') return MUNICIPALITY;
  if (p.kind === 'huurders') return TENANTS;
  return p.name.replace(/\s*\([^)]*\)\s*$/, '');
}

type Mention = { index: number; end: number; names: string[] };

const PREPOSITIONS = new Set(['met', 'aan', 'van', 'bij', 'voor', 'door', 'tussen', 'naar', 'over', 'op', 'tot', 'onder', 'zoals', 'namens', 'via']);

function pattern(alias: string): RegExp {
  const flexible = escapeRegExp(alias).replace(/\\?\s+/g, '\\s*');
  return new RegExp(`(?<![\\p{L}\\d])${flexible}(?![\\p{L}\\d])`, 'giu');
}

/** Finds party mentions in text; longer aliases win, so "Huurdersplatform Woonstede" is not "Woonstede". */
function findMentions(text: string, parties: readonly ExtractedParty[], actorWordsOnly: boolean): Mention[] {
  const all = parties.map(shortName);
  const corporations = parties.filter((p) => p.kind === 'corporatie').map(shortName);
  const generic: Array<{ re: RegExp; names: string[] }> = [
    { re: /(?<![\p{L}])(?:alle\s+)?partijen(?![\p{L}])/giu, names: all },
    { re: /(?<![\p{L}])(?:we|wij)(?![\p{L}])/giu, names: all },
    { re: /(?<![\p{L}])(?:woning)?corporaties?(?![\p{L}])/giu, names: corporations },
    { re: /(?<![\p{L}])gemeenten?(?![\p{L}])/giu, names: [MUNICIPALITY] },
    { re: /(?<![\p{L}])huurders(?:organisaties?|vereniging(?:en)?|vertegenwoordiging|raad|platform|commissie)(?![\p{L}])/giu, names: [TENANTS] },
  ];
  if (!actorWordsOnly) generic.push({ re: /(?<![\p{L}])(?:ons|onze)(?![\p{L}])/giu, names: all });
  const specific = parties
    .flatMap((p) => p.aliases.map((a) => ({ alias: a, name: shortName(p) })))
    .sort((a, b) => b.alias.length - a.alias.length);
  let masked = text;
  const mentions: Mention[] = [];
  for (const { alias, name } of specific) {
    masked = masked.replace(pattern(alias), (m, ...args) => {
      const index = args[args.length - 2] as number;
      mentions.push({ index, end: index + m.length, names: [name] });
      return ' '.repeat(m.length);
    });
  }
  for (const { re, names } of generic) {
    for (const m of masked.matchAll(re)) mentions.push({ index: m.index, end: m.index + m[0].length, names });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** Orders names as the parties are listed: municipality, corporations, tenants, others. */
export function orderResponsible(names: Iterable<string>, parties: readonly ExtractedParty[]): string[] {
  const set = new Set(names);
  const order = [MUNICIPALITY, ...parties.filter((p) => p.kind === 'corporatie').map(shortName), TENANTS, ...parties.map(shortName)];
  return [...new Set(order)].filter((n) => set.has(n));
}

/** Resolves a "Regie op realisatie" / "Trekker:" cell to party names. */
export function resolveResponsibleColumn(cell: string, parties: readonly ExtractedParty[]): string[] {
  return orderResponsible(findMentions(cell, parties, false).flatMap((m) => m.names), parties);
}

/** Without a responsible column: the actors of the first sentence that names one (prepositional objects excluded). */
export function inferResponsibleFromText(text: string, parties: readonly ExtractedParty[]): string[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(0, 3);
  for (const sentence of sentences) {
    const names = findMentions(sentence, parties, true)
      .filter((m) => {
        const before = sentence.slice(0, m.index).trim().split(/\s+/);
        let prev = before.pop()?.toLowerCase() ?? '';
        if (['de', 'het', 'haar', 'hun', 'alle', 'elke'].includes(prev)) prev = before.pop()?.toLowerCase() ?? '';
        return !PREPOSITIONS.has(prev);
      })
      .flatMap((m) => m.names);
    if (names.length > 0) return orderResponsible(names, parties);
  }
  return [];
}

/** "Regie: gemeente", "Trekker: Woonstede", "Verantwoordelijk: corporaties" inside running text. */
export const RESPONSIBLE_LABEL = /^\s*(?:regie(?:\s+op\s+realisatie)?|trekker|verantwoordelijke?(?:\s+partij(?:en)?)?|eigenaar|actiehouder|uitvoerder|uitvoering(?:\s+door)?|(?:door\s+)?wie)\s*[:：]\s*(.+)$/i;
