import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempDb } from '../helpers/temp-db.js';
import { buildProgress, createRecordingNotifier, createTestClock, exampleYaml, seedDocuments, texts } from './setup.js';

type TempDb = Awaited<ReturnType<typeof openTempDb>>;
let db: TempDb;
const clock = createTestClock('2026-09-17T08:00:00Z');
const recorder = createRecordingNotifier();
let app: ReturnType<typeof buildProgress>;
const names = new Map<string, string>();

/** Runs the daily job at an instant and returns who got what, by name. */
async function runAt(iso: string) {
  clock.set(iso);
  const before = recorder.sent.length;
  const result = await app.service.runReminders(new Date(iso));
  const sent = recorder.sent.slice(before).map((s) => `${s.kind}:${names.get(s.personId)}`);
  return { result, sent: sent.sort() };
}

beforeAll(async () => {
  db = await openTempDb();
  await seedDocuments(db);
  app = buildProgress(db, clock, recorder.notifier);
  await app.service.importDirectory('directory.yaml', exampleYaml());
  for (const p of await app.service.listDirectory()) names.set(p.id, p.consoleId!);
});
afterAll(async () => db?.cleanup());

describe('reminders and escalation (Q3 2026, Almelo)', () => {
  it('reminds after five working days, skips weekends, honours "herinner me maandag" and escalates after two reminders', async () => {
    await app.service.startQuarter('Almelo', '2026-Q3');
    // The municipality answers everything, so its reporter gets no reminders.
    await app.say('almelo-gemeente', 'voortgang');
    for (const answer of ['op schema', 'geen', 'gereed', 'geen']) await app.say('almelo-gemeente', answer);
    expect((await app.service.status('Almelo', '2026-Q3')).missing.some((m) => m.party === 'Gemeente Almelo')).toBe(false);

    expect((await runAt('2026-09-23T08:00:00Z')).sent).toEqual([]);
    const first = await runAt('2026-09-24T08:00:00Z');
    expect(first.sent).toEqual(['progress-reminder:bw-anna', 'progress-reminder:bw-bram', 'progress-reminder:sj-sanne', 'progress-reminder:sj-sem']);
    const reminder = recorder.sent.at(-1)!.replies[0]!;
    expect(reminder.text).toMatch(/^Herinnering: voor (Sint Joseph|Beter Wonen) staan nog 5 afspraken open in de voortgang over Q3 2026/);
    expect((await runAt('2026-09-24T14:00:00Z')).sent).toEqual([]);
    expect((await runAt('2026-09-26T08:00:00Z')).result.skipped).toBe('geen werkdag');

    clock.set('2026-09-25T12:00:00Z');
    expect(texts(await app.say('sj-sanne', 'herinner me maandag'))).toBe('Goed, ik herinner je op maandag 28 september 2026.');
    expect((await runAt('2026-09-28T06:00:00Z')).sent).toEqual([]); // 08:00 local, before 09:00
    expect((await runAt('2026-09-28T08:00:00Z')).sent).toEqual(['progress-reminder:sj-sanne']);

    const second = await runAt('2026-10-01T08:00:00Z');
    expect(second.sent).toEqual(['progress-reminder:bw-anna', 'progress-reminder:bw-bram', 'progress-reminder:sj-sem']);

    const escalation = await runAt('2026-10-08T08:00:00Z');
    expect(escalation.sent).toEqual(['progress-escalation:almelo-coord', 'progress-reminder:sj-sanne']);
    const message = recorder.sent.find((s) => s.kind === 'progress-escalation')!.replies[0]!;
    expect(message.title).toBe('Voortgang Q3 2026 Almelo: nog niet ingevuld');
    expect(message.list).toEqual(['Beter Wonen: 5 open (1, 3, 4, 15, 27) — Anna Bakker, Bram de Jong', 'Sint Joseph: 5 open (1, 3, 4, 15, 27) — Sem Visser']);
    expect(message.actions!.map((a) => a.label)).toEqual(['Invullen namens Beter Wonen', 'Invullen namens Sint Joseph']);
    expect((await runAt('2026-10-09T08:00:00Z')).sent).toEqual([]);
    // After the deadline (end of 14 October) nothing goes out.
    expect((await runAt('2026-10-20T08:00:00Z')).sent).toEqual([]);
  });
});

describe('reminders around Easter and the switch to summer time (Q1 2027, Almere)', () => {
  it('counts Easter Monday out and uses the local date across the DST switch', async () => {
    expect(await app.service.duePrompts(new Date('2027-03-16T09:00:00Z'))).toEqual([]);
    expect(await app.service.duePrompts(new Date('2027-03-17T09:00:00Z'))).toEqual([
      { municipality: 'Almelo', quarter: '2027-Q1' },
      { municipality: 'Almere', quarter: '2027-Q1' },
    ]);
    clock.set('2027-03-17T09:00:00Z');
    await app.service.startQuarter('Almere', '2027-Q1');
    // 23 March 23:30 local (CET) is still the 4th working day; 00:30 on the 24th is the 5th.
    expect((await runAt('2027-03-23T22:30:00Z')).sent).toEqual([]);
    const first = await runAt('2027-03-23T23:30:00Z');
    expect(first.sent).toContain('progress-reminder:ymere-yara');
    // 29 March 2027 is Easter Monday, the day after the switch to summer time.
    expect((await runAt('2027-03-29T08:00:00Z')).result.skipped).toBe('geen werkdag');
    // 31 March 21:30Z is 23:30 in summer time: only four working days since the 24th.
    expect((await runAt('2027-03-31T21:30:00Z')).sent).toEqual([]);
    expect((await runAt('2027-03-31T22:30:00Z')).sent).toContain('progress-reminder:ymere-yara');
  });
});
