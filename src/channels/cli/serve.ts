import type { Config } from '../../config/config.js';
import { createApp } from '../../main.js';
import type { CliOptions } from './args.js';
import { err, out } from './output.js';

/** `serve`: the whole bot until Ctrl+C or SIGTERM. */
export async function serve(config: Config, options: CliOptions): Promise<number> {
  const app = await createApp({ config });
  if (!options['no-samples']) {
    const loaded = await app.loadSamplesIfEmpty();
    if (loaded.length) out(`Voorbeelddocumenten geladen: ${loaded.filter((o) => o.ok).length} van ${loaded.length}.`);
  }
  let url: string;
  try {
    ({ url } = await app.listen());
  } catch (e) {
    await app.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      err(`Poort ${config.http.port} is al in gebruik (draait Afsprakenbot al?). Stop dat proces of kies een andere poort, bijvoorbeeld PORT=3001 npm start.`);
      return 1;
    }
    throw e;
  }
  out(`Afsprakenbot draait: ${url.replace('//127.0.0.1:', '//localhost:')}`);
  out(`Kanalen: ${app.adapters.map((a) => a.name).join(', ')}${config.scheduler.enabled ? '; planner aan' : ''}. Stoppen met Ctrl+C.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  out('Afsprakenbot stopt…');
  await app.close();
  return 0;
}
