import { parseArgs } from 'node:util';

/** Global and command options of the CLI; unknown options are an error with a Dutch message. */
export function parseCli(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      municipality: { type: 'string', short: 'm' },
      quarter: { type: 'string', short: 'q' },
      format: { type: 'string' },
      kind: { type: 'string' },
      limit: { type: 'string' },
      send: { type: 'boolean', default: false },
      port: { type: 'string' },
      party: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
      number: { type: 'string' },
      theme: { type: 'string' },
      responsible: { type: 'string' },
      as: { type: 'string' },
      date: { type: 'string' },
      time: { type: 'string' },
      slack: { type: 'string' },
      teams: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      'no-samples': { type: 'boolean', default: false },
    },
  });
  return { options: values, positionals };
}

export type CliOptions = ReturnType<typeof parseCli>['options'];
