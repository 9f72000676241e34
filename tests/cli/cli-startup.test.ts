import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/temp-db.js';

let dir: string;

/** Runs the bin with a loader hook that records every module it loads; returns the packages and our files. */
function loadedBy(...args: string[]) {
  const record = path.join(dir, `imports-${args[0]}.json`);
  const r = spawnSync(process.execPath, ['--import', repoPath('tests/helpers/record-imports.mjs'), repoPath('bin/afsprakenbot.js'), '--db', path.join(dir, 'db'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, RECORD_IMPORTS_FILE: record, LOG_LEVEL: 'error', SCHEDULER_ENABLED: 'false' },
    timeout: 120_000,
  });
  const urls = JSON.parse(readFileSync(record, 'utf8')) as string[];
  const packages = new Set(urls.flatMap((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1] ?? []));
  const ours = urls.filter((u) => u.startsWith('file:') && !u.includes('/node_modules/')).map((u) => path.relative(repoPath(), new URL(u).pathname));
  return { ...r, packages: [...packages].sort(), ours };
}

describe('CLI start-up', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-startup-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help from the compiled build without loading any package', () => {
    const r = loadedBy('--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Gebruik: npx afsprakenbot/);
    expect(r.packages).toEqual([]);
    expect(r.ours.every((f) => f.startsWith('dist/') || f.startsWith('bin/') || f.startsWith('scripts/'))).toBe(true);
    expect(r.ours.some((f) => f.endsWith('.ts'))).toBe(false);
  });

  it('lists agreements without loading chat SDKs, the model client, document readers or search', () => {
    const r = loadedBy('agreements', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const heavy = ['@slack/bolt', '@microsoft/teams.apps', 'openai', 'openid-client', 'pdfjs-dist', 'mammoth', 'snowball-stemmers', 'node-cron', 'pdfkit', 'jszip'];
    expect(r.packages.filter((p) => heavy.includes(p))).toEqual([]);
    expect(r.packages).toEqual(expect.arrayContaining(['@electric-sql/pglite', '@prisma/client']));
  });
});
