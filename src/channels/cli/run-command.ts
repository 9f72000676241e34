import path from 'node:path';
import type { Config } from '../../config/config.js';
import { DatabaseBusyError } from '../../core/errors.js';
import type { IngestOutcome } from '../../app/ingest-files.js';
import { createApp, openAgreementStore, type App } from '../../main.js';
import { runAgreementCommand } from './agreement-commands.js';
import type { CliOptions } from './args.js';
import { STORE_COMMANDS } from './commands.js';
import { runOperations } from './operations.js';
import { formatReview, runReviewCommand } from './review-commands.js';
import { err, formatIngestOutcome, out, printJson } from './output.js';
import { need, UsageError } from './usage-error.js';

/** Runs one validated command on the configured database; the server and scheduler start only for `serve`. */
export async function runCommand(config: Config, command: string, args: string[], o: CliOptions): Promise<number> {
  if (command === 'serve') return (await import('./serve.js')).serve(config, o);
  const quiet: Config = { ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel };
  // `agreement edit` corrects through the review service, which needs the whole bot.
  if (STORE_COMMANDS.includes(command) && args[0] !== 'edit') {
    const store = await openAgreementStore(quiet);
    try {
      return await runAgreementCommand(store.agreements, command, args, o);
    } finally {
      await store.close();
    }
  }
  let app: App;
  try {
    // Reading and reporting commands get the lean embedded database; ingest may write many documents.
    app = await createApp({ config: quiet, shortLived: command !== 'ingest' });
  } catch (e) {
    // The server holds the embedded database: documents go in through it instead.
    if (e instanceof DatabaseBusyError && e.server && command === 'ingest' && args.length > 0) return ingestRemotely(e.server, args, o);
    throw e;
  }
  try {
    return await runAppCommand(app, command, args, o);
  } finally {
    await app.close();
  }
}

async function ingestRemotely(server: { port: number; token: string }, files: string[], o: CliOptions): Promise<number> {
  if (!o.json) err('De server gebruikt de database; de bestanden gaan via de server.');
  const { ingestThroughServer } = await import('./remote-ingest.js');
  const outcomes = await ingestThroughServer(server, files, { municipality: o.municipality, title: o.title });
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

/** What `ingest` found in a stored document, as the console's review page shows it (corrections applied). */
async function printFound(app: App, outcome: IngestOutcome): Promise<void> {
  const review = outcome.ok ? await app.services.reviews.review(outcome.documentId) : null;
  if (!review) {
    out(formatIngestOutcome(outcome));
    return;
  }
  const status = { created: 'nieuw', replaced: 'vervangen (nieuwe versie)', unchanged: 'ongewijzigd' }[outcome.ok ? outcome.status : 'created'];
  out(`✓ ${formatReview(review, app.config.scheduler.timezone)}`);
  out(`  ${status}; controleer en corrigeer in de console (Documenten) of met: npx afsprakenbot agreement edit ${review.document.municipality} <nummer> --title …`);
}

async function runAppCommand(app: App, command: string, args: string[], o: CliOptions): Promise<number> {
  const s = app.services;
  switch (command) {
    case 'ingest': {
      if (args.length === 0) throw new UsageError('Geef één of meer bestanden: npx afsprakenbot ingest <bestand…>');
      const showProgress = !o.json && args.length > 1;
      // One after the other, in file order.
      let shown = Promise.resolve();
      const outcomes = await s.ingest(
        args,
        (done, total, outcome) => {
          if (!o.json) shown = shown.then(() => printFound(app, outcome));
          if (showProgress) err(`[${done}/${total}] ${path.basename(outcome.file)}`);
        },
        { municipality: o.municipality, title: o.title },
      );
      await shown;
      return reportIngest(outcomes, o, true);
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
      return (await runReviewCommand(app, command, args, o)) ?? runOperations(app, command, args, o);
  }
}
