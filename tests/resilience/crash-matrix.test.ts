/**
 * The crash matrix: the real server (`node bin/afsprakenbot.js serve`) as a child process on one embedded
 * database, killed with SIGKILL at a chosen step and started again. The step is chosen with the fakes, not
 * with switches in the product: the fake Slack keeps a chat.postMessage open, the fake model keeps a chat or
 * embeddings request open, and the test kills the server while it waits. For each step it counts what
 * reached the fake Slack and Teams, and at the end what is in the database.
 *
 *   1. digest mid-send     (the 3rd digest message held)   → after the restart every recipient has it once,
 *                                                             the one in flight at most twice
 *   2. answer mid-model    (the model call held)           → answered after the restart, once, marked late
 *   3. form mid-save       (the reply to a saved answer held) → the answer is stored once, the reply repeated
 *   4. ingest mid-document (the embeddings call held)      → the document is whole and indexed after the restart
 *   5. graceful stop       (SIGTERM with a model call held) → exits within the grace period, work released
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createApp } from '../../src/main.js';
import { DomainError } from '../../src/core/errors.js';
import { promptActionId } from '../../src/progress/form-runner.js';
import { formatQuarter, quarterOf } from '../../src/progress/quarter.js';
import { openDatabase } from '../../src/storage/database.js';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai.js';
import { startFakeSlackApi, type FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { eventCallback, postEvent, SALES_QUESTION, sign, SIGNING_SECRET, silentLogger, sleep } from '../slack/harness.js';

const GRACE_MS = 3_000;
const TEAMS_DIGEST = '19:digest-almere@thread.tacv2';
/** Where the weekly digests go on Slack: two channels and four coordinators' DMs. */
const DIGEST_SLACK = ['C0DIGALM', 'D0ALMCOORD', 'D0KEES', 'C0DIGALR', 'D0MILA', 'D0NOOR'];
const EXTRA_PEOPLE = `people:
  - { name: Kees Koster, email: kees@almelo.example, slackUserId: U0KEES, roles: [{ role: coordinator, municipality: Almelo }] }
  - { name: Mila Hendriks, email: m.hendriks@almere.example, consoleId: almere-coord, slackUserId: U0MILA, roles: [{ role: coordinator, municipality: Almere }] }
  - { name: Noor Bakker, email: noor@almere.example, slackUserId: U0NOOR, roles: [{ role: coordinator, municipality: Almere }] }
  - { name: Yara de Wit, email: yara.dewit@ymere.example, consoleId: ymere-yara, slackUserId: U0YARA, roles: [{ role: reporter, municipality: Almere, party: Ymere }] }
`;
/** Yara reports for Ymere (Almere, agreements for 2025–2029) in her Slack DM. */
const YARA = 'D0YARA';

let slack: FakeSlackApi;
let model: FakeOpenAi;
let teams: FakeBotConnector;
let dataDir: string;
let env: Record<string, string>;
let server: ServerProcess | undefined;

/** The model cites what it was given: Teststad's agreement when asked about Teststad, else Almelo 3. */
const modelAnswer = (chat: { messages: Array<{ content: string }> }) =>
  chat.messages.some((m) => m.content.includes('Teststad')) ? 'De gemeente Teststad bouwt 100 woningen [Teststad 1].' : 'Sint Joseph verkoopt in 2026 22 woningen [Almelo 3].';

const start = async () => (server = await startServerProcess({ env, cwd: dataDir }));
async function kill(): Promise<void> {
  const r = await server!.stop('SIGKILL');
  expect(r.signal).toBe('SIGKILL');
}

/** Every chat.postMessage that reached Slack (held ones included: they may have been shown). */
const posts = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
const textOf = (c: RecordedCall) => String(c.body.text ?? '');

async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${timeoutMs} ms\n--- server output ---\n${server?.output() ?? ''}`);
    await sleep(50);
  }
}

/** A signed Slack event to the running child. */
const slackEvent = (event: Record<string, unknown>, eventId: string, retryNum?: number) =>
  postEvent(server!.url, eventCallback(event, eventId), retryNum ? { headers: { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } } : undefined);

beforeAll(async () => {
  [slack, model, teams] = await Promise.all([startFakeSlackApi(), startFakeOpenAi(), startFakeBotConnector()]);
  model.script({ kind: 'answer', content: modelAnswer });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-crash-'));
  env = {
    DATABASE_URL: `pglite:${dataDir}`,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    TEAMS_SKIP_AUTH: 'true',
    OPENAI_API_KEY: 'sk-test-crash-matrix',
    OPENAI_BASE_URL: model.baseUrl,
    OPENAI_MODEL: 'fake-model',
    OPENAI_EMBEDDING_MODEL: 'fake-embed',
    OPENAI_TIMEOUT_MS: '120000',
    // Every minute: the first start runs this week's digest at once, later ticks find it done.
    WEEKLY_DIGEST_CRON: '* * * * *',
    JOB_LEASE_MS: '2000',
    SEND_RETRY_BASE_MS: '500',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
  };
  // Before the first start: samples, the example directory plus three coordinators on Slack, where digests
  // go (a Slack channel per municipality, a Teams channel for Almere), an open round and Sanne's form.
  const { SLACK_BOT_TOKEN: _slack, SLACK_SIGNING_SECRET: _secret, TEAMS_SKIP_AUTH: _teams, ...setupEnv } = env;
  const app = await createApp({ config: loadConfig({ ...setupEnv, SCHEDULER_ENABLED: 'false' }), logger: silentLogger });
  try {
    await app.loadSamplesIfEmpty();
    await app.services.progress.importDirectory('coordinators.yaml', EXTRA_PEOPLE);
    await app.services.digestSettings.setSetting('Almelo', { slackChannel: 'C0DIGALM' });
    await app.services.digestSettings.setSetting('Almere', { slackChannel: 'C0DIGALR', teamsChannel: TEAMS_DIGEST });
    await app.services.refs.save({ channel: 'teams', userId: TEAMS_DIGEST, reference: { serviceUrl: teams.url, conversationId: TEAMS_DIGEST, bot: { id: '28:bot-id', name: 'Afsprakenbot' } } });
    // Every round that is open now is started, so the children's scheduler has no prompts to send.
    const current = quarterOf(new Date());
    const previous = current.q === 1 ? { year: current.year - 1, q: 4 as const } : { year: current.year, q: (current.q - 1) as 1 | 2 | 3 };
    for (const m of ['Almelo', 'Almere'])
      for (const q of [previous, current])
        await app.services.progress.startQuarter(m, formatQuarter(q)).catch((err: unknown) => {
          if (!(err instanceof DomainError && err.code === 'quarter_closed')) throw err;
        });
    // Yara presses "Beginnen" on this quarter's prompt: her form opens at its first question.
    const action = { id: promptActionId('start', 'Almere', formatQuarter(current), 'Ymere') };
    const opened = await app.engine.handle({ channel: 'slack', userId: 'U0YARA', conversationId: YARA, direct: true, action, receivedAt: new Date() });
    expect(opened.map((r) => r.text).join('\n')).toContain('Hoe staat het ervoor?');
  } finally {
    await app.close();
  }
}, 240_000);

afterAll(async () => {
  await server?.stop('SIGKILL');
  await Promise.all([slack?.close(), model?.close(), teams?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('crash matrix: the real server killed at each step and started again', () => {
  let heldDigest: RecordedCall;

  it('1. digest mid-send: after the restart every recipient has it, none twice but the one in flight', async () => {
    // Setup told coordinators about unreachable reporters: only what comes from here on counts.
    const from = slack.calls.length;
    const posts = (channel: string) => slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
    let n = 0;
    const held = slack.hold('chat.postMessage', (c) => DIGEST_SLACK.includes(String(c.body.channel)) && ++n === 3);
    await start();
    heldDigest = await held.arrived;
    await kill();
    const before = DIGEST_SLACK.map((c) => posts(c).length);
    expect(before.reduce((a, b) => a + b, 0)).toBe(3);

    await start();
    await until('every digest recipient reached', () => DIGEST_SLACK.every((c) => posts(c).length > 0) && teams.activities().some((a) => a.conversationId === TEAMS_DIGEST));
    await sleep(1_500);
    for (const channel of DIGEST_SLACK) {
      const got = posts(channel).length;
      if (channel === heldDigest.body.channel) expect(got, channel).toBe(2);
      else expect(got, channel).toBe(1);
    }
    expect(teams.activities().filter((a) => a.conversationId === TEAMS_DIGEST)).toHaveLength(1);
    expect(posts(String(heldDigest.body.channel)).map(textOf)).toEqual([textOf(heldDigest), textOf(heldDigest)]);
  }, 180_000);

  const question = { type: 'app_mention', channel: 'CVRAAG', user: 'U0ASKER', text: `<@UBOTAFSPR> ${SALES_QUESTION}`, ts: '1790000000.000100' };

  it('2. answer mid-model-call: the question is answered after the restart, once, and the ⏳ goes', async () => {
    model.script({ kind: 'hold' });
    expect((await slackEvent(question, 'EvVRAAG1')).status).toBe(200);
    await model.waitForHeld();
    await until('⏳ shown', () => slack.calls.some((c) => c.method === 'reactions.add' && c.body.channel === 'CVRAAG'));
    await kill();
    expect(posts('CVRAAG')).toEqual([]);

    model.script({ kind: 'answer', content: modelAnswer });
    await start();
    await until('late answer posted', () => posts('CVRAAG').some((c) => textOf(c).includes('22 woningen')));
    await until('⏳ removed', () => slack.calls.some((c) => c.method === 'reactions.remove' && c.body.channel === 'CVRAAG' && c.body.timestamp === question.ts));
    // Slack's retry of the event arrives after the restart: it was answered, so nothing more.
    expect((await slackEvent(question, 'EvVRAAG1', 1)).status).toBe(200);
    await sleep(1_000);
    expect(posts('CVRAAG').map((c) => c.body.thread_ts)).toEqual(posts('CVRAAG').map(() => question.ts));
    expect(posts('CVRAAG').filter((c) => textOf(c).includes('22 woningen'))).toHaveLength(1);
    expect(textOf(posts('CVRAAG')[0]!)).toMatch(/later dan normaal/);
    expect(slack.calls.filter((c) => c.method === 'reactions.add' && c.body.channel === 'CVRAAG')).toHaveLength(1);
  }, 180_000);

  const dm = (text: string, ts: string) => ({ type: 'message', channel_type: 'im', channel: YARA, user: 'U0YARA', text, ts });
  let heldReply: RecordedCall;

  it('3. form mid-save: the answer is stored once and its reply repeated, not applied again', async () => {
    const sent = posts(YARA).length;
    await slackEvent(dm('nvt', '1790000100.000100'), 'EvFORM1');
    await until('note question', () => posts(YARA).some((c, i) => i >= sent && textOf(c).includes('toelichting')));
    const held = slack.hold('chat.postMessage', (c) => c.body.channel === YARA);
    await slackEvent(dm('geen', '1790000101.000100'), 'EvFORM2');
    heldReply = await held.arrived;
    await kill();

    await start();
    await slackEvent(dm('geen', '1790000101.000100'), 'EvFORM2', 1);
    await until('reply repeated', () => posts(YARA).filter((c) => !c.held && textOf(c) === textOf(heldReply)).length > 0);
    await sleep(1_000);
    const after = posts(YARA).slice(posts(YARA).indexOf(heldReply) + 1).map(textOf);
    expect(after.filter((t) => t === textOf(heldReply))).toHaveLength(1);
    expect(after.join('\n')).toMatch(/later dan normaal/);
    // Applied again, "geen" would have answered the next question and been refused as a status.
    expect(after.join('\n')).not.toMatch(/begrijp|geen getal|Ongeldig/i);
  }, 180_000);

  it('4. ingest mid-document: the document is whole and its index complete after the restart', async () => {
    const lock = JSON.parse(readFileSync(path.join(dataDir, 'afsprakenbot.lock'), 'utf8')) as { server: { port: number; token: string } };
    const text = 'Prestatieafspraken Teststad 2025 t/m 2029\n\nThema Wonen\n\n1. De gemeente Teststad bouwt 100 woningen.\n2. De corporatie Woonstede verkoopt 10 woningen.\n';
    model.holdEmbeddings(true);
    const upload = fetch(`${server!.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-afsprakenbot-token': lock.server.token },
      body: JSON.stringify({ files: [{ name: 'teststad.txt', base64: Buffer.from(text).toString('base64') }] }),
    }).catch((err: unknown) => err);
    await model.waitForHeld();
    await kill();
    expect(await upload).toBeInstanceOf(Error);

    model.holdEmbeddings(false);
    const embedded = model.embeddingCalls;
    await start();
    await until('index repaired', () => model.embeddingCalls > embedded);
    const url = server!.url;
    // The console's local picker (this computer only): the example directory's admin.
    const session = async (user: string) =>
      (await fetch(`${url}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ user }) })).headers
        .getSetCookie()[0]!
        .split(';')[0]!;
    const admin = await session('admin');
    const res = await fetch(`${url}/api/console/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, cookie: admin },
      body: JSON.stringify({ text: 'Hoeveel woningen bouwt de gemeente Teststad?' }),
    });
    const body = (await res.json()) as { replies: Array<{ text: string; citations?: Array<{ municipality: string; number: string }> }> };
    expect(body.replies[0]!.citations).toContainEqual(expect.objectContaining({ municipality: 'Teststad', number: '1' }));
    // The dashboard's sending overview, for admins: everything above went out, nothing failed or waits.
    const dashboard = await (await fetch(`${url}/dashboard`, { headers: { cookie: admin } })).text();
    expect(dashboard).toMatch(/Verzending/);
    expect(dashboard).toMatch(/\d+ berichten verstuurd, 0 wachten op een \(nieuwe\) poging, 0 mislukt/);
    const coordinator = await (await fetch(`${url}/dashboard`, { headers: { cookie: await session('almelo-coord') } })).text();
    expect(coordinator).toMatch(/Almelo/);
    expect(coordinator).not.toMatch(/Verzending/);
  }, 180_000);

  it('5. graceful stop: SIGTERM with an answer in progress exits within the grace period and releases it', async () => {
    model.script({ kind: 'hold' });
    await slackEvent({ ...question, channel: 'CSTOP', ts: '1790000200.000100' }, 'EvSTOP1');
    await model.waitForHeld();
    const stopped = await server!.stop('SIGTERM');
    expect(stopped.code, server!.output()).toBe(0);
    expect(stopped.ms).toBeLessThan(GRACE_MS + 4_000);
    expect(server!.output()).toMatch(/Afsprakenbot is gestopt/);
    server = undefined;
  }, 120_000);

  it('leaves the database consistent: runs done, every send settled once, events answered or released', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const runs = await db.prisma.jobRun.findMany({ where: { job: 'weekly-digest' } });
      expect(runs.length).toBeGreaterThanOrEqual(3);
      expect(runs.filter((r) => r.status !== 'done')).toEqual([]);
      const weekly = await db.prisma.outboundMessage.findMany({ where: { dedupeKey: { startsWith: 'weekly-digest:' } } });
      const keys = weekly.map((m) => m.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(weekly.filter((m) => m.status !== 'sent')).toEqual([]);
      expect(weekly.filter((m) => m.channel === 'slack').map((m) => m.recipient).sort()).toEqual(['C0DIGALM', 'C0DIGALR', 'U0ALMCOORD', 'U0KEES', 'U0MILA', 'U0NOOR']);
      expect(await db.prisma.digestRecord.count({ where: { kind: 'weekly' } })).toBe(2);

      const events = await db.prisma.processedEvent.findMany({ where: { key: { in: ['slack:EvVRAAG1', 'slack:EvFORM1', 'slack:EvFORM2', 'slack:EvSTOP1'] } } });
      const status = Object.fromEntries(events.map((e) => [e.key, e.status]));
      expect(status).toEqual({ 'slack:EvVRAAG1': 'answered', 'slack:EvFORM1': 'answered', 'slack:EvFORM2': 'answered', 'slack:EvSTOP1': expect.stringMatching(/^(received|replied)$/) });
      const released = events.find((e) => e.key === 'slack:EvSTOP1')!;
      expect(released.leaseUntil!.getTime()).toBeLessThanOrEqual(Date.now());

      // "nvt" + "geen" completed one agreement: stored once, with one history row.
      const changes = await db.prisma.progressReportChange.findMany({ where: { party: 'Ymere' } });
      expect(changes.map((c) => c.status)).toEqual(['nvt']);

      const doc = await db.prisma.document.findFirstOrThrow({ where: { municipality: 'Teststad' }, include: { agreements: { include: { embedding: true } } } });
      expect(doc.agreements).toHaveLength(2);
      // The text index is built in memory from these rows; what indexing stores is the embedding.
      expect(doc.agreements.every((a) => a.embedding)).toBe(true);
    } finally {
      await db.close();
    }
  }, 120_000);
});
