/**
 * Daily reminder run: reporters with open items get a reminder after N working days (at most M), then the
 * municipality's coordinators get one escalation listing who has not answered. Requested reminders
 * ("herinner me maandag") go out on the asked day. Nothing is sent on weekends or public holidays.
 */
import type { Person } from '../core/people.js';
import { promptActionId } from './form-runner.js';
import { isWorkingDay, localDate, workingDaysBetween } from './quarter.js';
import type { RoundContext } from './round.js';
import { progressTexts as t } from './texts.js';

export interface ReminderRunResult {
  skipped?: 'geen werkdag';
  reminded: Array<{ personId: string; name: string; municipality: string; quarter: string; open: number; requested: boolean }>;
  escalated: Array<{ municipality: string; quarter: string; coordinators: string[]; parties: string[] }>;
  failures: string[];
}

export function createReminderRunner(ctx: RoundContext) {
  const { deps } = ctx;
  const { store, directory, settings } = deps;

  return async function runReminders(now: Date): Promise<ReminderRunResult> {
    const result: ReminderRunResult = { reminded: [], escalated: [], failures: [] };
    const today = localDate(now, ctx.tz);
    if (!isWorkingDay(today)) return { ...result, skipped: 'geen werkdag' };

    for (const cycle of await store.listOpenCycles(now)) {
      const round = await ctx.loadRound(cycle.municipality, cycle.quarter);
      const reports = await store.listReports(round.municipality, round.key);
      const partiesWithItems = [...new Set(round.items.map((i) => i.party))];
      const escalate: Array<{ person: Person; parties: Array<{ party: string; open: string[] }> }> = [];

      for (const st of await store.listReminders(round.municipality, round.key)) {
        const person = await directory.getPerson(st.personId);
        if (!person) continue;
        const parties = partiesWithItems
          .filter((p) => ctx.authorize(person, round.municipality, p) === 'self')
          .map((party) => ({ party, open: ctx.openNumbers(round, reports, party) }))
          .filter((p) => p.open.length > 0);
        if (parties.length === 0) continue;
        const openCount = parties.reduce((n, p) => n + p.open.length, 0);
        // Keyed by which reminder it is, so a run repeated after a crash sends none twice.
        const remind = async (requested: boolean, key: string) => {
          const replies = parties.map((p) => ({
            kind: 'progress-reminder',
            text: t.reminder(round.label, p.party, p.open.length, round.deadlineLabel),
            actions: [
              { id: promptActionId('start', round.municipality, round.key, p.party), label: t.promptButtons.start, style: 'primary' as const },
              { id: promptActionId('later', round.municipality, round.key, p.party), label: t.promptButtons.later },
            ],
          }));
          const sent = await ctx.notify(person.id, replies, 'progress-reminder', { key });
          if (!sent.delivered) result.failures.push(`${person.name}: ${sent.failures.join('; ')}`);
          result.reminded.push({ personId: person.id, name: person.name, municipality: round.municipality, quarter: round.key, open: openCount, requested });
        };

        if (st.snoozeUntil) {
          if (now < st.snoozeUntil) continue;
          // A reminder that was asked for does not count towards the maximum.
          await remind(true, `progress-reminder:${round.municipality}:${round.key}:${person.id}:asked:${st.snoozeUntil.toISOString()}`);
          await store.upsertReminder(person.id, round.municipality, round.key, { snoozeUntil: null, lastRemindAt: now });
          continue;
        }
        if (!st.promptedAt) continue;
        const since = localDate(st.lastRemindAt ?? st.promptedAt, ctx.tz);
        if (workingDaysBetween(since, today) < settings.reminderAfterWorkingDays) continue;
        if (st.remindersSent < settings.reminderMax) {
          await remind(false, `progress-reminder:${round.municipality}:${round.key}:${person.id}:${st.remindersSent + 1}`);
          await store.upsertReminder(person.id, round.municipality, round.key, { remindersSent: st.remindersSent + 1, lastRemindAt: now });
        } else if (!st.escalatedAt) {
          escalate.push({ person, parties });
        }
      }

      if (escalate.length === 0) continue;
      const byParty = new Map<string, { open: string[]; people: string[] }>();
      for (const e of escalate)
        for (const p of e.parties) {
          const entry = byParty.get(p.party) ?? { open: p.open, people: [] };
          entry.people.push(e.person.name);
          byParty.set(p.party, entry);
        }
      const coordinators = await directory.listWithRole('coordinator', { municipality: round.municipality });
      const reply = {
        kind: 'progress-escalation',
        title: t.escalationTitle(round.label, round.municipality),
        text: t.escalation(byParty.size, settings.reminderMax),
        list: [...byParty].sort(([a], [b]) => a.localeCompare(b)).map(([party, e]) => t.escalationLine(party, e.open, [...e.people].sort((a, b) => a.localeCompare(b)))),
        actions: [...byParty.keys()].sort((a, b) => a.localeCompare(b)).map((party) => ({ id: promptActionId('start', round.municipality, round.key, party), label: t.fillOnBehalf(party) })),
        data: { municipality: round.municipality, quarter: round.key, parties: Object.fromEntries(byParty) },
      };
      if (coordinators.length === 0) {
        ctx.logger.warn('no coordinator to escalate to', { municipality: round.municipality, quarter: round.key });
        result.failures.push(`${round.municipality}: geen coördinator om te escaleren`);
      }
      for (const c of coordinators) {
        const sent = await ctx.notify(c.id, [reply], 'progress-escalation', { key: `progress-escalation:${round.municipality}:${round.key}:${today}` });
        if (!sent.delivered) result.failures.push(`${c.name}: ${sent.failures.join('; ')}`);
      }
      for (const e of escalate) await store.upsertReminder(e.person.id, round.municipality, round.key, { escalatedAt: now });
      result.escalated.push({ municipality: round.municipality, quarter: round.key, coordinators: coordinators.map((c) => c.name), parties: [...byParty.keys()] });
    }
    return result;
  };
}

