import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/temp-db.js';
import { docxBomb } from '../helpers/zip-bomb.js';
import { startConsoleApp } from './console-app.js';

describe('the CLI beside a running server on the embedded database', () => {
  let ctx: Awaited<ReturnType<typeof startConsoleApp>>;
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [repoPath('bin/afsprakenbot.js'), '--db', ctx.dataDir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'error' },
      timeout: 120_000,
    });

  // Asynchronous, so this process (which runs the server) can answer the child's request.
  const cliAsync = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [repoPath('bin/afsprakenbot.js'), '--db', ctx.dataDir, ...args], { env: { ...process.env, LOG_LEVEL: 'error' }, timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    ctx = await startConsoleApp();
  });
  afterAll(async () => {
    await ctx.app.close();
    ctx.remove();
  });

  it('hands documents to the server, which stores them', async () => {
    const file = path.join(ctx.dataDir, 'teststad.txt');
    writeFileSync(file, 'Prestatieafspraken Teststad 2025 t/m 2029\n\nThema Wonen\n\n1. De gemeente Teststad bouwt 100 woningen.\n2. De corporatie Woonstede verkoopt 10 woningen.\n');
    const r = await cliAsync('ingest', file, path.join(ctx.dataDir, 'bestaat-niet.pdf'), '--json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { documents: Array<{ municipality: string; agreements: number }>; errors: Array<{ file: string; error: string }> };
    expect(json.documents).toEqual([expect.objectContaining({ municipality: 'Teststad', agreements: 2 })]);
    expect(json.errors).toEqual([{ file: 'bestaat-niet.pdf', error: expect.stringMatching(/niet gevonden/) }]);
    expect(await ctx.app.services.agreements.getAgreement('Teststad', '2')).not.toBeNull();
  });

  it('hands --municipality and --title to the server, which uses them instead of what the document says', async () => {
    const file = path.join(ctx.dataDir, 'zonder-gemeente.txt');
    writeFileSync(file, 'Afspraken over wonen 2026\n\nAfspraak 1 Nieuwbouw\nWoonstichting Noordkant bouwt 30 woningen.\n');
    const refused = await cliAsync('ingest', file, '--json');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/geen gemeente gevonden/);

    const r = await cliAsync('ingest', file, '--municipality', 'Noordkant', '--title', 'Woonafspraken Noordkant', '--json');
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { documents: Array<Record<string, unknown>> };
    expect(json.documents).toEqual([expect.objectContaining({ municipality: 'Noordkant', title: 'Woonafspraken Noordkant', parties: ['Gemeente Noordkant', 'Woonstichting Noordkant'] })]);
    expect((await ctx.app.services.agreements.getAgreement('Noordkant', '1'))?.title).toBe('Nieuwbouw');
  });

  it('tells other commands clearly that the server holds the database', () => {
    const r = cli('agreements');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/in gebruik door een ander proces/);
  });

  it('hands a zip bomb to the server, which refuses it by its limit and keeps its memory', async () => {
    const bomb = path.join(ctx.dataDir, 'bom.docx');
    writeFileSync(bomb, docxBomb(2900));
    const before = process.memoryUsage().rss;
    const r = await cliAsync('ingest', bomb, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([{ file: 'bom.docx', error: 'bom.docx: het Word-bestand pakt uit tot meer dan 100 MB; de limiet is 100 MB uitgepakt' }]);
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(150);
  });

  it('answers a request body past its limit with 413 naming the limit', async () => {
    const { server } = JSON.parse(readFileSync(path.join(ctx.dataDir, 'afsprakenbot.lock'), 'utf8')) as { server: { token: string } };
    const res = await fetch(`${ctx.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-afsprakenbot-token': server.token },
      body: JSON.stringify({ files: [{ name: 'groot.txt', base64: 'A'.repeat(81 * 1024 * 1024) }] }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toBe('Te veel of te grote bestanden in één keer: de limiet is 80 MB per verzoek.');
  });

  it('refuses ingest requests without the token from the data folder', async () => {
    const res = await fetch(`${ctx.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-afsprakenbot-token': 'geraden' },
      body: JSON.stringify({ files: [{ name: 'x.txt', base64: '' }] }),
    });
    expect(res.status).toBe(403);
  });
});
