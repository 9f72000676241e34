/**
 * Two real servers (child processes) on one PostgreSQL, started together on an empty database, then a
 * rolling restart: the instance doing the work is killed (SIGKILL) and replaced while the other goes on.
 * Nothing may be lost and nothing doubled: the samples load once, the weekly digest runs once after them
 * and reaches every recipient once (the message in flight at the kill at most twice), and a question whose
 * instance died is answered by the other one, once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';
import { createTempPostgres, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { eventCallback, postEvent, SALES_QUESTION, SIGNING_SECRET, sleep } from '../slack/harness.js';

const maybe = TEST_DATABASE_URL ? describe : describe.skip;

maybe('two instances on one PostgreSQL with a rolling restart', () => {
  let slack: FakeSlackApi;
  let model: FakeOpenAi;
  let temp: Awaited<ReturnType<typeof createTempPostgres>>;
  let cwd: string;
  let env: Record<string, string>;
  const running = new Map<string, ServerProcess>();
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const c = new pg.Client({ connectionString: temp.url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const start = async (name: string) => {
    const s = await startServerProcess({ env, cwd });
    running.set(name, s);
    return s;
  };
  const posts = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
  async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 40_000) {
    const end = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`${what} did not happen within ${timeoutMs} ms\n${[...running].map(([n, s]) => `--- ${n} ---\n${s.output()}`).join('\n')}`);
      await sleep(100);
    }
  }

  beforeAll(async () => {
    [slack, model, temp] = await Promise.all([startFakeSlackApi(), startFakeOpenAi(), createTempPostgres()]);
    model.script({ kind: 'answer', content: 'Sint Joseph verkoopt in 2026 22 woningen [Almelo 3].' });
    cwd = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-rolling-'));
    env = {
      DATABASE_URL: temp.url,
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      OPENAI_API_KEY: 'sk-test-rolling',
      OPENAI_BASE_URL: model.baseUrl,
      OPENAI_MODEL: 'fake-model',
      OPENAI_TIMEOUT_MS: '120000',
      WEEKLY_DIGEST_CRON: '* * * * *',
      JOB_LEASE_MS: '2000',
      SEND_RETRY_BASE_MS: '500',
      SHUTDOWN_GRACE_MS: '3000',
    };
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...running.values()].map((s) => s.stop('SIGKILL')));
    await Promise.all([slack?.close(), model?.close()]);
    await temp?.drop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('starts two instances together on an empty database; the one sending the digest dies; nothing lost or doubled', async () => {
    // The example directory's Almelo coordinator (Carla, U0ALMCOORD) gets the digest in a DM: keep it open.
    const held = slack.hold('chat.postMessage', (c) => c.body.channel === 'D0ALMCOORD');
    await Promise.all([start('a'), start('b')]);
    await held.arrived;
    const [owner] = await query<{ instance: string }>(`SELECT instance FROM "JobRun" WHERE job = 'weekly-digest' AND "periodKey" LIKE '%:Almelo'`);
    const pid = Number(owner!.instance.split(':').at(-2));
    const [victim] = [...running].find(([, s]) => s.pid === pid)!;
    const survivor = victim === 'a' ? 'b' : 'a';
    expect((await running.get(victim)!.stop('SIGKILL')).signal).toBe('SIGKILL');
    running.delete(victim);
    await start(`${victim}2`);

    // The survivor (or the replacement) takes the run over once the dead owner's leases ran out.
    await until('digest resent to Carla', () => posts('D0ALMCOORD').filter((c) => !c.held).length > 0);
    await until('digest run done', async () => (await query(`SELECT 1 FROM "JobRun" WHERE job = 'weekly-digest' AND status <> 'done'`)).length === 0);
    await sleep(1_000);
    expect(posts('D0ALMCOORD')).toHaveLength(2);
    expect(String(posts('D0ALMCOORD')[1]!.body.text)).toBe(String(posts('D0ALMCOORD')[0]!.body.text));

    const [counts] = await query<{ documents: number; people: number; digests: number }>(
      `SELECT (SELECT count(*)::int FROM "Document") AS documents, (SELECT count(*)::int FROM "Person") AS people, (SELECT count(*)::int FROM "DigestRecord" WHERE kind = 'weekly') AS digests`,
    );
    expect(counts).toEqual({ documents: 2, people: 15, digests: 2 });
    const weekly = await query<{ dedupeKey: string; status: string; channel: string; recipient: string }>(
      `SELECT "dedupeKey", status, channel, recipient FROM "OutboundMessage" WHERE "dedupeKey" LIKE 'weekly-digest:%' ORDER BY "dedupeKey"`,
    );
    expect(weekly.map((m) => m.status)).toEqual(weekly.map(() => 'sent'));
    expect(weekly.map((m) => `${m.channel}:${m.recipient}`).sort()).toEqual(['slack:U0ALMCOORD', 'web:almelo-coord', 'web:almere-coord']);
    expect(running.has(survivor)).toBe(true);
  }, 240_000);

  it('answers a question whose instance was killed mid-answer, once, from the other instance', async () => {
    const [first, second] = [...running.values()];
    model.script({ kind: 'hold' });
    const question = eventCallback({ type: 'app_mention', channel: 'CROLL', user: 'U0ASKER', text: `<@UBOTAFSPR> ${SALES_QUESTION}`, ts: '1790001000.000100' }, 'EvROLL1');
    expect((await postEvent(first!.url, question)).status).toBe(200);
    await model.waitForHeld();
    model.script({ kind: 'answer', content: 'Sint Joseph verkoopt in 2026 22 woningen [Almelo 3].' });
    const name = [...running].find(([, s]) => s === first)![0];
    await first!.stop('SIGKILL');
    running.delete(name);

    await until('answered by the other instance', () => posts('CROLL').some((c) => String(c.body.text).includes('22 woningen')));
    // Slack's retry reaches the survivor and a replacement that starts now: neither answers again.
    await postEvent(second!.url, question, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const replacement = await start(`${name}3`);
    await postEvent(replacement.url, question, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await sleep(2_500);
    expect(posts('CROLL').filter((c) => String(c.body.text).includes('22 woningen'))).toHaveLength(1);
    expect(String(posts('CROLL')[0]!.body.text)).toMatch(/later dan normaal/);
    await until('⏳ removed', () => slack.calls.some((c) => c.method === 'reactions.remove' && c.body.channel === 'CROLL'));

    // And both stop gracefully.
    for (const s of running.values()) expect((await s.stop('SIGTERM')).code).toBe(0);
    running.clear();
  }, 180_000);
});
