import type { Agreement, NumericTarget } from '../core/agreement.js';
import type { FormItem } from '../forms/progress-form.js';
import { responsibleParties, resolveParty } from './parties.js';
import type { PartyRecord } from '../core/progress.js';

/** One agreement × responsible party that must be reported on in a quarter. */
export interface DueItem extends FormItem {
  municipality: string;
  party: string;
}

/** In force in a year: the document's period covers it, or it is that year's action programme. */
export function inForce(a: Agreement, year: number): boolean {
  if (a.actionYear === year) return true;
  const from = a.period.from ?? -Infinity;
  const to = a.period.to ?? Infinity;
  return (a.period.from !== null || a.period.to !== null) && from <= year && year <= to;
}

/** A short form of this year's text (or the multi-year text), cut at a word boundary. */
export function summarise(a: Agreement, max = 280): string {
  const text = (a.yearText.trim() || a.multiYearText.trim()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  return sentence > max * 0.5 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

function targetFor(targets: NumericTarget[], party: string, municipality: string, parties: PartyRecord[]): FormItem['target'] {
  const t = targets.find((x) => (resolveParty(x.party, municipality, parties)?.name ?? x.party).toLowerCase() === party.toLowerCase());
  return t ? { value: t.value, unit: t.unit, verb: t.verb, approximate: t.approximate } : null;
}

/** Items due in a year for a municipality, ordered by number then party. One agreement per number (the year's own programme wins). */
export function dueItems(agreements: Agreement[], parties: PartyRecord[], municipality: string, year: number): DueItem[] {
  const byNumber = new Map<number, Agreement>();
  for (const a of agreements) {
    if (a.municipality.toLowerCase() !== municipality.toLowerCase() || !inForce(a, year)) continue;
    const prev = byNumber.get(a.number);
    if (!prev || (prev.actionYear !== year && a.actionYear === year)) byNumber.set(a.number, a);
  }
  const items: DueItem[] = [];
  for (const a of [...byNumber.values()].sort((x, y) => x.number - y.number)) {
    for (const party of responsibleParties(a.responsible, a.municipality, parties)) {
      items.push({
        municipality: a.municipality,
        party,
        number: a.number,
        title: a.title,
        summary: summarise(a),
        target: targetFor(a.targets, party, a.municipality, parties),
      });
    }
  }
  return items;
}
