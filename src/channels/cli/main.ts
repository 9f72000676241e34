import path from 'node:path';
import { ConfigError, loadConfig } from '../../config/config.js';
import { parseAgreementNumber, toAgreementJson } from '../../core/agreement.js';
import { DatabaseBusyError, DomainError } from '../../core/errors.js';
import type { IngestOutcome } from '../../app/ingest-files.js';
import { ingestThroughServer } from './remote-ingest.js';
import type { App } from '../../main.js';
import { parseCli, type CliOptions } from './args.js';
import { err, formatAgreementLine, formatIngestOutcome, out, printJson } from './output.js';
import { USAGE } from './usage.js';
import { need, UsageError } from './usage-error.js';

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv);
  } catch (e) {
    err(`Onbekende of onvolledige optie: ${(e as Error).message.replace(/^.*?'(.*?)'.*$/s, '$1')}\n`);
    err(USAGE);
    return 2;
  }
  const { options, positionals } = parsed;
  const [command, ...args] = positionals;
  if (!command || options.help || command === 'help') {
    out(USAGE);
    return command || options.help ? 0 : 2;
  }
  const known = ['serve', 'ingest', 'agreements', 'agreement', 'search', 'ask', 'directory', 'progress', 'digest', 'meetings', 'schedule'];
  if (!known.includes(command)) {
    err(`Onbekende opdracht "${command}".\n`);
    err(USAGE);
    return 2;
  }
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    err(`--port "${options.port}" is geen poortnummer (0–65535).`);
    return 2;
  }
  const config = loadConfig(process.env, { db: options.db, port });
  // The server listens before the rest of the bot loads; other commands need all of it first.
  if (command === 'serve') return (await import('./serve.js')).serve(config, options);
  const { createApp } = await import('../../main.js');

  // Commands share the app but never start the server or the scheduler.
  let app: App;
  try {
    app = await createApp({ config: { ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel } });
  } catch (e) {
    // The server holds the embedded database: documents go in through it instead.
    if (e instanceof DatabaseBusyError && e.server && command === 'ingest' && args.length > 0) return ingestRemotely(e.server, args, options);
    throw e;
  }
  try {
    return await runCommand(app, command, args, options);
  } finally {
    await app.close();
  }
}

async function ingestRemotely(server: { port: number; token: string }, files: string[], o: CliOptions): Promise<number> {
  if (!o.json) err('De server gebruikt de database; de bestanden gaan via de server.');
  const outcomes = await ingestThroughServer(server, files);
  return reportIngest(outcomes, o);
}

/** Prints what an ingest did (per file, or as JSON) and returns the exit code. */
function reportIngest(outcomes: IngestOutcome[], o: CliOptions, printed = false): number {
  if (o.json) {
    printJson({
      documents: outcomes.filter((x) => x.ok).map((x) => ({ ...x, file: path.basename(x.file) })),
      errors: outcomes.filter((x) => !x.ok).map((x) => ({ file: path.basename(x.file), error: x.error })),
    });
  } else if (!printed) outcomes.forEach((x) => out(formatIngestOutcome(x)));
  const failed = outcomes.filter((x) => !x.ok).length;
  if (!o.json) out(`\n${outcomes.length - failed} van ${outcomes.length} bestanden ingelezen${failed ? `, ${failed} mislukt` : ''}.`);
  return failed ? 1 : 0;
}

async function runCommand(app: App, command: string, args: string[], o: CliOptions): Promise<number> {
  const s = app.services;
  switch (command) {
    case 'ingest': {
      if (args.length === 0) throw new UsageError('Geef één of meer bestanden: npx afsprakenbot ingest <bestand…>');
      const showProgress = !o.json && args.length > 1;
      const outcomes = await s.ingest(args, (done, total, outcome) => {
        if (!o.json) out(formatIngestOutcome(outcome));
        if (showProgress) err(`[${done}/${total}] ${path.basename(outcome.file)}`);
      });
      return reportIngest(outcomes, o, true);
    }
    case 'agreements': {
      const list = await s.agreements.listAgreements({ municipality: o.municipality });
      if (o.json) printJson(list.map(toAgreementJson));
      else if (list.length === 0) out(o.municipality ? `Geen afspraken voor ${o.municipality}.` : 'Nog geen afspraken. Lees documenten in met: npx afsprakenbot ingest <bestand>');
      else list.forEach((a) => out(formatAgreementLine(a)));
      return 0;
    }
    case 'agreement': {
      const [first, second] = args;
      // Either order: "agreement Almelo 3" or "agreement 2.1 Dalvoorde"; the number as printed ("2.1", "A3").
      const numberArg = [first, second].find((x) => x && /\d/.test(x) && parseAgreementNumber(x));
      const municipality = [first, second].find((x) => x && x !== numberArg);
      if (!numberArg || !municipality) throw new UsageError('Gebruik: npx afsprakenbot agreement <gemeente> <nummer>');
      const a = await s.agreements.getAgreement(municipality, parseAgreementNumber(numberArg)!);
      if (!a) {
        err(`Geen afspraak ${numberArg} van ${municipality} gevonden.`);
        return 1;
      }
      if (o.json) printJson({ ...toAgreementJson(a), originalText: a.originalText, targets: a.targets });
      else {
        out(`${a.municipality} ${a.number}. ${a.title}`);
        if (a.chapterTitle) out(`${a.chapterNumber ? `Hoofdstuk ${a.chapterNumber}` : 'Thema'}: ${a.chapterTitle}${a.kind ? ` (${a.kind})` : ''}`);
        out(`Regie op realisatie: ${a.responsible.join(', ') || '—'}`);
        if (a.multiYearText) out(`\nAfspraak ${a.period.from ?? ''} t/m ${a.period.to ?? ''}:\n${a.multiYearText}`);
        if (a.yearText) out(`\nAfspraak ${a.actionYear ?? ''}:\n${a.yearText}`);
        for (const t of a.targets) out(`Doel: ${t.party} — ${t.approximate ? 'ca. ' : ''}${t.value} ${t.unit} ${t.verb}`);
      }
      return 0;
    }
    case 'search': {
      const question = need(args.join(' ').trim() || undefined, 'De zoekvraag');
      const limit = o.limit ? Number(o.limit) : 5;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit "${o.limit}" is geen geldig aantal (1–100).`);
      const { results } = await s.qa.search(question, { limit, municipality: o.municipality });
      if (o.json) printJson({ results: results.map((r) => ({ municipality: r.municipality, number: r.number, title: r.title, score: r.score, passage: r.passage })) });
      else if (!results.length) out(`Geen afspraken gevonden voor "${question}".`);
      else results.forEach((r, i) => out(`${i + 1}. ${r.municipality} ${r.number} — ${r.title} (${r.score.toFixed(3)})\n   ${r.passage}`));
      return 0;
    }
    case 'ask': {
      const question = need(args.join(' ').trim() || undefined, 'De vraag');
      const result = await s.qa.ask(question);
      if (o.json) printJson({ answer: result.answer, found: result.found, citations: result.citations.map((c) => ({ municipality: c.municipality, number: c.number, title: c.title })) });
      else {
        out(result.answer);
        if (result.citations.length) out(`\nBronnen: ${result.citations.map((c) => `${c.municipality} ${c.number} (${c.title})`).join('; ')}`);
      }
      return 0;
    }
    default:
      return (await import('./operations.js')).runOperations(app, command, args, o);
  }
}

run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof DomainError) {
      err(e instanceof ConfigError ? `Configuratiefout: ${e.message}` : e.message);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    } else {
      err(`Onverwachte fout: ${(e as Error).stack ?? String(e)}`);
      process.exitCode = 1;
    }
  });
