import type { Config } from '../../config/config.js';
import { createApp } from '../../main.js';
import type { CliOptions } from './args.js';
import { err, out } from './output.js';

/** `serve`: the whole bot until Ctrl+C or SIGTERM, then a graceful stop (running work gets the grace period). */
export async function serve(config: Config, options: CliOptions): Promise<number> {
  // Listened for from the start, so a stop during start-up is graceful too.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const app = await createApp({ config });
  if (!options['no-samples']) {
    const loaded = await app.loadSamplesIfEmpty();
    if (loaded.length) out(`Voorbeelddocumenten geladen: ${loaded.filter((o) => o.ok).length} van ${loaded.length}.`);
  }
  let url: string;
  try {
    ({ url } = await app.listen());
  } catch (e) {
    await app.close({ graceMs: 0 });
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      err(`Poort ${config.http.port} is al in gebruik (draait Afsprakenbot al?). Stop dat proces of kies een andere poort, bijvoorbeeld PORT=3001 npm start.`);
      return 1;
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
