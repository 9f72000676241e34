#!/usr/bin/env node
// Runs the compiled build in dist/ (made by `npm ci` or `npm run build`); nothing is transpiled at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/channels/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Afsprakenbot is nog niet gebouwd (dist/ ontbreekt). Draai eerst: npm run build (npm ci doet dit ook).\n');
  process.exit(1);
}
// A source checkout that changed after the last build would run old code: say so, the build takes seconds.
const { buildIsStale } = await import('../scripts/build-state.mjs');
if (buildIsStale()) process.stderr.write('Let op: src/ is gewijzigd na de laatste build; draai npm run build om de wijzigingen te gebruiken.\n');
// Settings may live in a local .env file; real environment variables win.
if (existsSync('.env')) process.loadEnvFile('.env');
await import(entry.href);
