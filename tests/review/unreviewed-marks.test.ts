/**
 * Until a coordinator has checked a document, digests and quarterly rounds say so ("nog niet
 * gecontroleerd"); after the review they do not, and a new version with other agreements brings it back.
 * The real app: digests, the progress round, the console inbox and the form through the engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/core/messages.js';
import { renderDigestBlocks } from '../../src/digests/render-slack.js';
import { renderDigestMarkdown } from '../../src/digests/render-markdown.js';
import { fixture, MUNICIPALITY, startReviewApp, steppingClock, type ReviewApp } from './support.js';

const TITLE = 'Prestatieafspraken Veenhoven 2026 t/m 2029';
// 1 December 2026: the Q4 round of 2026 is open.
const clock = steppingClock('2026-12-01T09:00:00Z');
let h: ReviewApp;

beforeAll(async () => {
  h = await startReviewApp({ clock });
});
afterAll(async () => {
  await h?.close();
});

const say = (consoleId: string, text: string): InboundMessage => ({ channel: 'web', userId: consoleId, conversationId: `console:${consoleId}`, direct: true, text, receivedAt: clock.now() });
const weekly = () => h.app.services.digests.build(MUNICIPALITY, 'weekly');

describe('not yet reviewed', () => {
  it('is a section of the digest in every rendering', async () => {
    const digest = await weekly();
    expect(digest.unreviewed).toEqual([{ title: TITLE, agreements: 5 }]);
    const markdown = renderDigestMarkdown(digest);
    expect(markdown).toContain('## Nog niet gecontroleerd');
    expect(markdown).toContain(`${TITLE} (5 afspraken): nog niet gecontroleerd door een coördinator`);
    expect(JSON.stringify(renderDigestBlocks(digest))).toContain('Nog niet gecontroleerd');
    // The section comes first: it qualifies everything below it.
    expect(markdown.indexOf('Nog niet gecontroleerd')).toBeLessThan(markdown.indexOf('Stand per thema'));
  });

  it('is told to the coordinator who starts a round, and to the reporters in the prompt and the form', async () => {
    const started = await h.app.engine.handle(say('vh-coord', 'start uitvraag'));
    expect(JSON.stringify(started)).toContain(`Nog niet gecontroleerd: ${TITLE} (5 afspraken)`);

    const inbox = await h.app.services.outbox.inbox('web', 'vl-rik');
    const prompt = inbox.find((m) => m.kind === 'progress-prompt');
    expect(prompt?.text).toContain('uit een document dat nog niet gecontroleerd is');

    const form = await h.app.engine.handle(say('vl-rik', 'voortgang'));
    const question = form.find((r) => r.kind === 'form' && r.title?.startsWith('Afspraak'));
    expect(question?.title).toContain('· nog niet gecontroleerd');
  });

  it('is gone once a coordinator marked the document reviewed', async () => {
    const vera = await h.person('vh-coord');
    const [doc] = (await h.app.services.reviews.listDocuments()).filter((d) => d.document.municipality === MUNICIPALITY);
    await h.app.services.reviews.markReviewed(vera, doc!.document.id);
    const digest = await weekly();
    expect(digest.unreviewed).toEqual([]);
    expect(renderDigestMarkdown(digest)).not.toContain('Nog niet gecontroleerd');
    const round = await h.app.services.progress.forms.loadRound(MUNICIPALITY, '2026-Q4');
    expect(round.unreviewed).toEqual([]);
    expect(round.items.some((i) => i.unreviewed)).toBe(false);
  });

  it('comes back with a new version whose agreements changed', async () => {
    await h.app.services.ingest([fixture('veenhoven-v2.txt')]);
    expect((await weekly()).unreviewed).toEqual([{ title: TITLE, agreements: 6 }]);
    const round = await h.app.services.progress.forms.loadRound(MUNICIPALITY, '2026-Q4');
    expect(round.items.length).toBeGreaterThan(0);
    expect(round.items.every((i) => i.unreviewed)).toBe(true);
  });
});
