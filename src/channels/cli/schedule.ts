/** `afsprakenbot schedule`: each job's last and next run, and the sends that failed or wait for a retry. */
import { localDateTime } from '../../core/calendar.js';
import { formatDateTime } from '../../core/dutch-format.js';
import type { OutboxProblem } from '../../core/outbox.js';
import type { ScheduleEntry } from '../../scheduler/scheduler.js';
import { cliTexts } from './texts.js';

type LastRun = NonNullable<ScheduleEntry['lastRun']>;

/** "klaar", "mislukt: …", "loopt (eigenaar …, tot 09:31)" or "loopt, maar de eigenaar reageert niet meer". */
export function runStatusText(run: LastRun, now: Date, timeZone: string): string {
  if (run.status === 'done') return run.attempts > 1 ? `klaar (na overname, ${run.attempts} pogingen)` : 'klaar';
  if (run.status === 'failed') return `mislukt: ${run.error ?? 'onbekende fout'}`;
  const until = run.leaseUntil ? new Date(run.leaseUntil) : null;
  if (!until || until <= now) return `loopt, maar de eigenaar (${run.instance}) reageert niet meer: een instantie neemt het over`;
  return `loopt (${run.instance}, vastgehouden tot ${localDateTime(until, timeZone)})`;
}

export function formatScheduleLines(entries: ScheduleEntry[], now: Date): string[] {
  return entries.map((e) => {
    const last = e.lastRun ? `${formatDateTime(new Date(e.lastRun.at), e.timezone)} (${e.lastRun.periodKey}) — ${runStatusText(e.lastRun, now, e.timezone)}` : '—';
    const next = e.nextRun ? formatDateTime(new Date(e.nextRun), e.timezone) : '—';
    return `${(cliTexts.jobs[e.job] ?? e.job).padEnd(20)} ${e.cron.padEnd(14)} laatst: ${last}  volgende: ${next}`;
  });
}

/** One line per send that did not go out: given up, or waiting for its next try. */
export function formatDeliveryLines(counts: Record<string, number>, problems: OutboxProblem[], timeZone: string): string[] {
  const failed = counts.failed ?? 0;
  const waiting = problems.filter((p) => p.status === 'pending').length;
  const lines = [`Verzending: ${counts.sent ?? 0} verstuurd, ${counts.pending ?? 0} in de wachtrij (${waiting} na een fout), ${counts.sending ?? 0} bezig, ${failed} mislukt.`];
  for (const p of problems) {
    const tries = `${p.attempts} ${p.attempts === 1 ? 'poging' : 'pogingen'}`;
    const state = p.status === 'failed' ? '! mislukt' : `… opnieuw ${p.nextAttemptAt ? localDateTime(p.nextAttemptAt, timeZone) : 'zo snel mogelijk'}`;
    lines.push(`  ${state}  ${p.channel} ${p.recipient} (${p.kind}, ${tries}): ${p.error ?? ''}`);
  }
  return lines;
}
