/**
 * `serve`: listens first (so /healthz answers within a fraction of a second), opens the database in its own
 * thread while the rest of the bot loads, then serves the held and later requests through the app. Ctrl+C
 * or SIGTERM stops gracefully: running work gets the grace period.
 */
import type { Config } from '../../config/config.js';
import { createLogger } from '../../core/logger.js';
import type { App } from '../../main.js';
import { requestGuardFor } from '../web/http-server.js';
import { listenEarly, type StartingServer } from '../web/starting-server.js';
import type { CliOptions } from './args.js';
import { err, out } from './output.js';

export async function serve(config: Config, options: CliOptions): Promise<number> {
  // Listened for from the start, so a stop during start-up is graceful too.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const logger = createLogger(config.logLevel);
  let early: StartingServer;
  try {
    early = await listenEarly(config.http.port, config.http.host, logger, requestGuardFor(config, logger));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      err(`Poort ${config.http.port} is al in gebruik (draait Afsprakenbot al?). Stop dat proces of kies een andere poort, bijvoorbeeld PORT=3001 npm start.`);
      return 1;
    }
    throw e;
  }
  let app: App | undefined;
  const db = import('../../storage/database.js').then((m) => m.openDatabase(config.database));
  // Handled where it is awaited; this only keeps an early failure (a locked folder) from counting as unhandled.
  db.catch(() => undefined);
  let url: string;
  try {
    const { createApp } = await import('../../main.js');
    app = await createApp({ config, logger, db });
    if (!options['no-samples']) {
      const loaded = await app.loadSamplesIfEmpty();
      if (loaded.length) out(`Voorbeelddocumenten geladen: ${loaded.filter((o) => o.ok).length} van ${loaded.length}.`);
    }
    ({ url } = await app.listen(early));
  } catch (e) {
    early.fail();
    if (app) await app.close({ graceMs: 0 });
    else {
      await early.close();
      await db.then((d) => d.close()).catch(() => undefined);
    }
    throw e;
  }
  out(`Afsprakenbot draait: ${url.replace('//127.0.0.1:', '//localhost:')}`);
  out(`Kanalen: ${app.adapters.map((a) => a.name).join(', ')}${config.scheduler.enabled ? '; planner aan' : ''}. Stoppen met Ctrl+C.`);
  await stopSignal;
  const grace = config.resilience.shutdownGraceMs;
  out(`Afsprakenbot stopt (lopend werk krijgt ${Math.round(grace / 100) / 10} s)…`);
  // Whatever still holds the event loop (a socket, a hung call) must not keep the process past the grace period.
  setTimeout(() => {
    err('Afsprakenbot stopt niet vanzelf; het proces wordt beëindigd.');
    process.exit(1);
  }, grace + 5_000).unref();
  await app.close();
  out('Afsprakenbot is gestopt.');
  return 0;
}
