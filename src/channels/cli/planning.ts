import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../main.js';
import { renderDigest } from '../../digests/render.js';
import type { CliOptions } from './args.js';
import { need, UsageError } from './usage-error.js';
import { out, printJson } from './output.js';
import { formatDeliveryLines, formatScheduleLines } from './schedule.js';
import { cliTexts as t } from './texts.js';
import { formatDateTime, formatWhen } from '../../core/dutch-format.js';

const FORMATS = ['md', 'html', 'json', 'csv'] as const;

/** digest, meetings and schedule commands. */
export async function runPlanningCommand(app: App, command: string, sub: string | undefined, rest: string[], o: CliOptions): Promise<number> {
  const s = app.services;
  const now = app.clock.now();
  const tz = app.config.scheduler.timezone;
  if (command === 'digest' && sub === 'channel') {
    const municipality = need(o.municipality, '--municipality');
    if (o.slack === undefined && o.teams === undefined) throw new UsageError('Geef --slack <kanaal-id> en/of --teams <gesprek-id> (leeg = uit).');
    const setting = {
      ...(o.slack !== undefined ? { slackChannel: o.slack || null } : {}),
      ...(o.teams !== undefined ? { teamsChannel: o.teams || null } : {}),
    };
    await s.digestSettings.setSetting(municipality, setting);
    const current = await s.digestSettings.getSetting(municipality);
    out(`Digests voor ${municipality}: een melding in Slack ${current?.slackChannel ?? "—"}, Teams ${current?.teamsChannel ?? "—"}; het overzicht zelf gaat privé naar de coördinatoren.`);
    return 0;
  }
  if (command === 'digest') {
    const municipality = need(o.municipality ?? sub, '--municipality');
    const kind = (o.kind ?? 'weekly').toLowerCase();
    if (kind !== 'weekly' && kind !== 'meeting') throw new UsageError(`Onbekende soort digest "${o.kind}": kies weekly of meeting.`);
    const format = (o.format ?? (o.json ? 'json' : 'md')).toLowerCase();
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Onbekend formaat "${o.format}": kies ${FORMATS.join(', ')}.`);
    const known = await s.agreements.listMunicipalities();
    if (!known.some((m) => m.toLowerCase() === municipality.toLowerCase())) {
      throw new UsageError(`Onbekende gemeente "${municipality}". Bekend: ${known.join(', ') || '(nog geen documenten)'}.`);
    }
    if (o.send) {
      const result = await s.digests.send(municipality, kind, now);
      out(`Digest verstuurd naar: ${result.sentTo.join(', ') || 'niemand'}`);
      for (const f of result.failures) out(`  ! ${f}`);
      return result.failures.length && !result.sentTo.length ? 1 : 0;
    }
    const digest = await s.digests.build(municipality, kind, now);
    if (format === 'json') printJson(digest);
    else process.stdout.write(renderDigest(digest, format as 'md' | 'html' | 'csv') + '\n');
    return 0;
  }
  if (command === 'meetings') {
    switch (sub ?? 'list') {
      case 'list': {
        const meetings = await s.digests.listMeetings({ municipality: o.municipality }, now);
        if (o.json) printJson(meetings);
        else if (!meetings.length) out('Geen geplande overleggen.');
        else for (const m of meetings) out(`${m.id.slice(0, 8)}  ${m.municipality.padEnd(12)} ${formatWhen(m.date, tz).padEnd(34)} ${m.title}`);
        return 0;
      }
      case 'add': {
        const date = need(o.date, '--date');
        if (o.time !== undefined && !/^\d{1,2}[:.]\d{2}$/.test(o.time.trim())) throw new UsageError(t.badTime(o.time));
        const result = await s.digests.addMeeting(
          { municipality: need(o.municipality, '--municipality'), title: o.title ?? 'Bestuurlijk overleg', date: o.time ? `${date} om ${o.time.trim()}` : date },
          now,
        );
        if (!result.ok) throw new UsageError(result.message);
        if (o.json) printJson({ created: result.created, meeting: result.meeting });
        else out(t.meetingPlanned(result.created, result.meeting.title, result.meeting.municipality, formatWhen(result.meeting.date, tz)));
        return 0;
      }
      case 'import': {
        const file = need(rest[0], 'Het bestand (YAML of CSV)');
        const text = readFileSync(file, 'utf8');
        const result = await s.digests.importMeetings(text, /\.csv$/i.test(file) ? 'csv' : 'yaml', now);
        out(`${path.basename(file)}: ${result.added.length} nieuw, ${result.unchanged.length} ongewijzigd, ${result.errors.length} fouten.`);
        for (const e of result.errors) out(`  ! regel ${e.line}: ${e.message}`);
        return result.errors.length ? 1 : 0;
      }
      case 'remove': {
        const id = need(rest[0], 'De code van het overleg (zie meetings list)');
        const removed = await s.digests.removeMeeting(id, { municipality: o.municipality });
        if (removed === 'ambiguous') throw new UsageError(`De code "${id}" past bij meer dan één overleg; geef meer tekens.`);
        if (!removed) throw new UsageError(`Geen overleg met code "${id}".`);
        out(t.meetingRemoved(removed.title, removed.municipality, formatWhen(removed.date, tz)));
        return 0;
      }
      default:
        throw new UsageError(`Onbekende opdracht "meetings ${sub}": gebruik list, add, remove of import.`);
    }
  }
  if (command === 'schedule') {
    const entries = await s.scheduler.listSchedule(now);
    if (o.json) {
      printJson(entries);
      return 0;
    }
    for (const line of formatScheduleLines(entries, now)) out(line);
    const [counts, problems] = await Promise.all([s.outbox.counts(), s.outbox.problems(20)]);
    out('');
    for (const line of formatDeliveryLines(counts, problems, app.config.scheduler.timezone)) out(line);
    return 0;
  }
  throw new UsageError(`Onbekende opdracht "${command} ${sub ?? ''}".`);
}
