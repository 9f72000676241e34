#!/usr/bin/env node
// Runs the Prisma CLI offline. `generate` and `migrate diff` need no native engine (the WebAssembly
// schema engine is used through prisma.config.ts), but the CLI still checks that engine files exist
// and would try to download them; pointing the variables at an existing file stops that.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
