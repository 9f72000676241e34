/**
 * Documents sent to the bot in a direct message, on the real app: through real Bolt (signed events) with the
 * Web API pointed at the fake Slack, and through the real Teams SDK with the fake Bot Connector serving the
 * file. A coordinator's document is read, stored and summarised with a link to its review page; a
 * reporter's is refused before anything is downloaded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { startFakeSlackApi, type FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { eventCallback, postEvent, PUBLIC_URL, SIGNING_SECRET } from '../slack/harness.js';
import { fixture, MUNICIPALITY, startReviewApp, type ReviewApp } from './support.js';

const WORKPLAN = readFileSync(fixture('veenhoven-werkagenda-2027.txt'));
const REVIEW_URL = `${PUBLIC_URL}/documents/Veenhoven/Werkagenda%20Veenhoven%202027`;

const documentsOf = async (h: ReviewApp) => (await h.app.services.reviews.listDocuments()).filter((d) => d.document.municipality === MUNICIPALITY);

describe('a document sent in a Slack DM', () => {
  let fake: FakeSlackApi;
  let h: ReviewApp & { url: string };
  let seq = 0;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    h = await startReviewApp({
      listen: true,
      env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PUBLIC_URL },
    });
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  /** A file share in the DM of `user` (message.im, subtype file_share), as Slack sends it. */
  async function shareFile(user: string, dm: string, file: { id: string; name: string; size: number }) {
    const n = ++seq;
    const event = { type: 'message', subtype: 'file_share', channel_type: 'im', channel: dm, user, text: '', upload: true, ts: `1789000${n}.000100`, files: [{ ...file, mimetype: 'text/plain', mode: 'hosted' }] };
    const res = await postEvent(h.url, eventCallback(event, `EvUpload${n}`));
    expect(res.status).toBe(200);
  }
  const postsTo = (dm: string) => (c: RecordedCall) => c.body.channel === dm;
  const textOf = (c: RecordedCall) => `${String(c.body.text)}\n${JSON.stringify(c.body.blocks ?? [])}`;

  it("reads a coordinator's document: files.info and the download with the bot token, then what was found", async () => {
    fake.addFile({ id: 'F0WERK2027', name: 'werkagenda-2027.txt', content: WORKPLAN });
    await shareFile('U0VHCOORD', 'D0VHCOORD', { id: 'F0WERK2027', name: 'werkagenda-2027.txt', size: WORKPLAN.length });
    const reply = await fake.waitFor('chat.postMessage', (c) => postsTo('D0VHCOORD')(c) && textOf(c).includes('Ingelezen'), 60_000);

    expect(fake.callsTo('files.info').map((c) => [c.body.file, c.auth])).toEqual([['F0WERK2027', 'Bearer xoxb-test']]);
    expect(fake.callsTo('file_download').map((c) => c.auth)).toEqual(['Bearer xoxb-test']);
    const text = textOf(reply);
    expect(text).toContain('Ingelezen: Veenhoven — Werkagenda Veenhoven 2027');
    expect(text).toContain('3 afspraken (nieuw document)');
    expect(text).toContain('Nog niet gecontroleerd');
    expect(text).toContain(REVIEW_URL);
    expect(text).toContain('isoleert 80 woningen naar label B');
    expect((await documentsOf(h)).map((d) => d.document.title).sort()).toEqual(['Prestatieafspraken Veenhoven 2026 t/m 2029', 'Werkagenda Veenhoven 2027']);
  });

  it("refuses a reporter's document without downloading it", async () => {
    const before = fake.calls.length;
    fake.addFile({ id: 'F0RIK', name: 'mijn-versie.txt', content: WORKPLAN });
    await shareFile('U0VLRIK', 'D0VLRIK', { id: 'F0RIK', name: 'mijn-versie.txt', size: WORKPLAN.length });
    const reply = await fake.waitFor('chat.postMessage', postsTo('D0VLRIK'), 60_000);
    expect(textOf(reply)).toContain('Alleen coördinatoren (en beheerders) kunnen documenten inlezen');
    const since = fake.calls.slice(before).map((c) => c.method);
    expect(since).not.toContain('files.info');
    expect(since).not.toContain('file_download');
    expect(await documentsOf(h)).toHaveLength(2);
  });

  it('refuses a file over the upload limit before downloading it', async () => {
    const before = fake.calls.length;
    await shareFile('U0VHCOORD', 'D0VHCOORD', { id: 'F0GROOT', name: 'te-groot.pdf', size: 60 * 1024 * 1024 });
    const reply = await fake.waitFor('chat.postMessage', (c) => postsTo('D0VHCOORD')(c) && textOf(c).includes('te-groot.pdf'), 60_000);
    expect(textOf(reply)).toContain('te-groot.pdf: het bestand is groter dan de limiet van 50 MB (60 MB)');
    expect(fake.calls.slice(before).map((c) => c.method)).not.toContain('files.info');
  });
});

describe('a document sent in a Teams personal chat', () => {
  let connector: FakeBotConnector;
  let h: ReviewApp & { url: string };

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    h = await startReviewApp({ listen: true, env: { TEAMS_SKIP_AUTH: 'true', PUBLIC_URL } });
  });
  afterAll(async () => {
    await h?.close();
    await connector?.close();
  });

  /** A personal-chat message with a file, as Teams sends it (a file.download.info attachment). */
  function fileActivity(id: string, from: { id: string; aadObjectId: string; name: string }, downloadUrl: string) {
    return {
      type: 'message',
      id,
      timestamp: '2026-12-01T10:00:00.000Z',
      channelId: 'msteams',
      serviceUrl: connector.url,
      from,
      conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: `a:personal-${from.aadObjectId}` },
      recipient: { id: '28:bot-id', name: 'Afsprakenbot' },
      textFormat: 'plain',
      locale: 'nl-NL',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          contentUrl: 'https://veenhoven.sharepoint.com/personal/vera/Documents/Microsoft%20Teams-chatbestanden/werkagenda-2027.txt',
          name: 'werkagenda-2027.txt',
          content: { downloadUrl, uniqueId: 'c0ffee00-1111-2222-3333-444455556666', fileType: 'txt' },
        },
      ],
      channelData: { tenant: { id: 'tenant-1' } },
    };
  }

  const post = async (body: unknown) => {
    const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.status;
  };
  const repliesTo = (conversation: string) => connector.activities().filter((c) => c.conversationId === conversation && c.body?.type === 'message');

  it("reads a coordinator's file from the connector and answers what was found", async () => {
    connector.serveFile('/files/werkagenda-2027.txt', WORKPLAN);
    const activity = fileActivity('act-upload-1', { id: '29:vera', aadObjectId: 'aad-vh-coord', name: 'Vera Coördinator' }, `${connector.url}/files/werkagenda-2027.txt`);
    expect(await post(activity)).toBe(200);
    const reply = await connector.waitFor((c) => c.kind === 'activity' && JSON.stringify(c.body).includes('Ingelezen'), 60_000);
    const text = JSON.stringify(reply.body);
    expect(text).toContain('Ingelezen: Veenhoven — Werkagenda Veenhoven 2027');
    expect(text).toContain('Nog niet gecontroleerd');
    expect(text).toContain(REVIEW_URL);
    expect(connector.calls.filter((c) => c.kind === 'file').map((c) => c.path)).toEqual(['/files/werkagenda-2027.txt']);
    expect((await documentsOf(h)).map((d) => d.document.title)).toContain('Werkagenda Veenhoven 2027');
  });

  it("refuses a reporter's file without fetching it", async () => {
    connector.serveFile('/files/rik.txt', WORKPLAN);
    const activity = fileActivity('act-upload-2', { id: '29:rik', aadObjectId: 'aad-vl-rik', name: 'Rik Rapporteur' }, `${connector.url}/files/rik.txt`);
    expect(await post(activity)).toBe(200);
    await connector.waitFor((c) => c.kind === 'activity' && c.conversationId === 'a:personal-aad-vl-rik' && c.body?.type === 'message', 60_000);
    expect(JSON.stringify(repliesTo('a:personal-aad-vl-rik').map((c) => c.body))).toContain('Alleen coördinatoren (en beheerders) kunnen documenten inlezen');
    expect(connector.calls.some((c) => c.path === '/files/rik.txt')).toBe(false);
  });

  it('does not fetch a file from a host that is not Teams, SharePoint or OneDrive', async () => {
    const activity = fileActivity('act-upload-3', { id: '29:vera', aadObjectId: 'aad-vh-coord', name: 'Vera Coördinator' }, 'http://169.254.169.254/latest/meta-data');
    expect(await post(activity)).toBe(200);
    const reply = await connector.waitFor((c) => c.kind === 'activity' && JSON.stringify(c.body).includes('kon niet worden opgehaald'), 60_000);
    expect(JSON.stringify(reply.body)).toContain('geen adres van Teams, SharePoint of OneDrive');
  });
});
