import { localDate } from '../../core/calendar.js';
import { formatDutchDate } from '../../progress/quarter.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../main.js';
import type { CliOptions } from './args.js';
import { need, UsageError } from './usage-error.js';
import { out, printJson } from './output.js';
import { runPlanningCommand } from './planning.js';
import { roleLabel, statusLabel } from '../../core/labels.js';

const QUARTER = /^\d{4}-Q[1-4]$/i;

function requireQuarter(o: CliOptions): { municipality: string; quarter: string } {
  const municipality = need(o.municipality, '--municipality');
  const quarter = need(o.quarter, '--quarter (bijvoorbeeld 2026-Q3)');
  if (!QUARTER.test(quarter)) throw new UsageError(`'${quarter}' is geen kwartaal — typ bijvoorbeeld 2026-Q3`);
  return { municipality, quarter: quarter.toUpperCase() };
}

/** Directory, progress, digest, meetings and schedule commands. */
export async function runOperations(app: App, command: string, args: string[], o: CliOptions): Promise<number> {
  const s = app.services;
  const [sub, ...rest] = args;
  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'directory import': {
      const file = need(rest[0], 'Het bestand (YAML of CSV)');
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(`Kan ${file} niet lezen.`);
      }
      const result = await s.progress.importDirectory(path.basename(file), content);
      if (o.json) printJson(result);
      else out(`Directory ingelezen uit ${path.basename(file)}: ${result.people} personen (${result.created} nieuw, ${result.updated} bijgewerkt), ${result.roles} rollen.`);
      return 0;
    }
    case 'directory list': {
      const people = await s.progress.listDirectory();
      if (o.json) printJson(people);
      else if (!people.length) out('De directory is leeg. Importeer er een met: npx afsprakenbot directory import examples/directory.yaml');
      else for (const p of people) out(`${p.name.padEnd(28)} ${p.roles.map(roleLabel).join(', ').padEnd(30)} ${p.parties.join(', ')}${p.consoleId ? `  [console: ${p.consoleId}]` : ''}`);
      return 0;
    }
    case 'progress start': {
      const { municipality, quarter } = requireQuarter(o);
      const result = await s.progress.startQuarter(municipality, quarter);
      if (o.json) printJson(result);
      else {
        // Say what this run did: a repeated start sends only to reporters who had nothing yet.
        const sent = result.prompted.length;
        const started = result.alreadyStarted ? `al gestart op ${formatDutchDate(localDate(new Date(result.startedAt)))}` : 'gestart';
        const already = result.alreadyPrompted.length ? `; ${result.alreadyPrompted.length} rapporteurs hadden de uitvraag al` : '';
        out(`Voortgang ${quarter} voor ${result.municipality} ${started}; ${sent} ${sent === 1 ? 'nieuw bericht' : 'nieuwe berichten'}${already} (${result.items} afspraken × partij).`);
        for (const u of result.unreachable) out(`  ! niet bereikbaar: ${u.name ?? u.party} (${u.party}) — ${u.reason}`);
        for (const u of result.unreviewed) out(`  ! nog niet gecontroleerd: ${u.title} (${u.agreements} afspraken) — controleer met: npx afsprakenbot document ${result.municipality}`);
      }
      return 0;
    }
    case 'progress status': {
      const { municipality, quarter } = requireQuarter(o);
      const result = await s.progress.status(municipality, quarter);
      if (o.json) printJson(result);
      else {
        for (const i of result.items) out(`${String(i.number).padStart(3)} ${i.party.padEnd(28)} ${statusLabel(i.status).padEnd(20)} ${i.realised ?? ''}${i.target ? `/${i.target}` : ''} ${i.note ?? ''}`);
        out(`\n${result.items.length} gerapporteerd, ${result.missing.length} open.`);
      }
      return 0;
    }
    case 'progress export': {
      const { municipality, quarter } = requireQuarter(o);
      const format = (o.format ?? 'csv').toLowerCase();
      if (format === 'json') printJson(await s.progress.status(municipality, quarter));
      else if (format === 'csv') process.stdout.write(await s.progress.exportCsv(municipality, quarter));
      else throw new UsageError(`Onbekend formaat "${o.format}": kies csv of json.`);
      return 0;
    }
    default:
      return runPlanningCommand(app, command, sub, rest, o);
  }
}
