#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step) through tsx's loader.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

// Settings may live in a local .env file; real environment variables win.
if (existsSync('.env')) process.loadEnvFile('.env');
register();
await import('../src/channels/cli/main.ts');
