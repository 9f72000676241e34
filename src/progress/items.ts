import { compareNumbers, type Agreement, type NumericTarget } from '../core/agreement.js';
import type { FormItem } from '../forms/progress-form.js';
import { responsibleParties, resolveParty } from '../core/parties.js';
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

const clean = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  return sentence > max * 0.5 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/**
 * A short form of this year's text (or the multi-year text), cut at a word boundary. For a party, the
 * sentences and bullets that name it come first: that is what its reporter is asked about.
 */
export function summarise(a: Agreement, max = 280, partyNames: string[] = []): string {
  const text = clean(a.yearText.trim() || a.multiYearText.trim());
  const names = partyNames.map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  if (names.length > 0 && text.length > max) {
    const pieces = text.split(/(?<=[.;!?])\s+|\s*[•➤▪]\s*/).map((x) => x.trim()).filter(Boolean);
    const own = pieces.filter((x) => names.some((n) => x.toLowerCase().includes(n)));
    if (own.length > 0) return cutAt(own.join(' '), max);
  }
  return cutAt(text, max);
}

/** The names a party goes by in a text: its name, its aliases, and "gemeente" for the municipality. */
function partyNamesFor(party: string, municipality: string, parties: PartyRecord[]): string[] {
  const record = resolveParty(party, municipality, parties);
  const names = [party, ...(record ? [record.name, ...record.aliases] : [])];
  if (/^gemeente\b/i.test(party)) names.push('gemeente');
  return [...new Set(names)];
}

function targetFor(targets: NumericTarget[], party: string, municipality: string, parties: PartyRecord[]): FormItem['target'] {
  const t = targets.find((x) => (resolveParty(x.party, municipality, parties)?.name ?? x.party).toLowerCase() === party.toLowerCase());
  return t ? { value: t.value, unit: t.unit, verb: t.verb, approximate: t.approximate } : null;
}

/**
 * Items due in a year for a municipality, ordered by number then party. One agreement per number (the year's
 * own programme wins). Items from a document in `unreviewed` (ids) are marked as not yet checked.
 */
export function dueItems(agreements: Agreement[], parties: PartyRecord[], municipality: string, year: number, unreviewed: ReadonlySet<string> = new Set()): DueItem[] {
  const byNumber = new Map<string, Agreement>();
  for (const a of agreements) {
    if (a.municipality.toLowerCase() !== municipality.toLowerCase() || !inForce(a, year)) continue;
    const prev = byNumber.get(a.number);
    if (!prev || (prev.actionYear !== year && a.actionYear === year)) byNumber.set(a.number, a);
  }
  const items: DueItem[] = [];
  for (const a of [...byNumber.values()].sort((x, y) => compareNumbers(x.number, y.number))) {
    for (const party of responsibleParties(a.responsible, a.municipality, parties)) {
      items.push({
        municipality: a.municipality,
        party,
        number: a.number,
        title: a.title,
        summary: summarise(a, 280, partyNamesFor(party, a.municipality, parties)),
        target: targetFor(a.targets, party, a.municipality, parties),
        ...(unreviewed.has(a.documentId) ? { unreviewed: true } : {}),
      });
    }
  }
  return items;
}
