/**
 * What a party reported last time, per agreement: the latest report in the four quarters before this one.
 * The form shows it, offers it again ("ongewijzigd") and asks the agreements that were not "op schema" first.
 */
import { sameParty } from '../core/parties.js';
import type { ProgressStore } from '../core/progress.js';
import type { PreviousAnswer } from '../forms/progress-form.js';
import type { StatusCode } from '../forms/statuses.js';
import { formatQuarter, quarterLabel, type Quarter } from './quarter.js';

const LOOK_BACK_QUARTERS = 4;

const before = (q: Quarter): Quarter => (q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter['q'] });

export async function previousAnswers(store: ProgressStore, municipality: string, quarter: Quarter, party: string, numbers: string[]): Promise<Record<string, PreviousAnswer>> {
  const out: Record<string, PreviousAnswer> = {};
  let q = quarter;
  for (let i = 0; i < LOOK_BACK_QUARTERS && Object.keys(out).length < numbers.length; i++) {
    q = before(q);
    for (const r of await store.listReports(municipality, formatQuarter(q))) {
      if (!numbers.includes(r.number) || out[r.number] || !sameParty(r.party, party)) continue;
      out[r.number] = { status: r.status as StatusCode, note: r.note, realised: r.realised, quarterLabel: quarterLabel(q) };
    }
  }
  return out;
}
