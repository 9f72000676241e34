/**
 * The CLI entry. It loads only what the command needs: help and a wrong call load nothing but the argument
 * parser; the configuration, the database and the rest of the bot come in with the command.
 */
import { setFlagsFromString } from 'node:v8';
import { ConfigError } from '../../config/config-error.js';
import { DomainError } from '../../core/errors.js';
import { parseCli } from './args.js';
import { COMMANDS } from './commands.js';
import { err, out } from './output.js';
import { USAGE } from './usage.js';
import { UsageError } from './usage-error.js';

/** Set once serve has stopped, so the process exits instead of lingering on idle SDK sockets. */
let served = false;

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
  if (!(COMMANDS as readonly string[]).includes(command)) {
    err(`Onbekende opdracht "${command}".\n`);
    err(USAGE);
    return 2;
  }
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    err(`--port "${options.port}" is geen poortnummer (0–65535).`);
    return 2;
  }
  // A one-off command is over in a second: compiling the database's WebAssembly with the optimising tier
  // costs more than it saves (measured: half the CPU time of `agreements`). The server keeps the default.
  if (command !== 'serve') setFlagsFromString('--liftoff-only');
  const { loadConfig } = await import('../../config/config.js');
  const config = loadConfig(process.env, { db: options.db, port });
  const { runCommand } = await import('./run-command.js');
  const code = await runCommand(config, command, args, options);
  served = command === 'serve';
  return code;
}

// `afsprakenbot agreements | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // serve is done (graceful stop): leave now rather than wait for idle sockets of the channel SDKs.
    if (served) process.exit(code);
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
