import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempDb } from '../helpers/temp-db.js';
import { buildProgress, createRecordingNotifier, createTestClock, exampleYaml, seedDocuments, texts } from './setup.js';

/*
 * Coordinator actions check role and municipality in the progress service, so every channel (console,
 * Slack, Teams) gets the same refusals. Example directory: almelo-coord coordinates Almelo, almere-coord
 * Almere, admin is beheerder, sj-sanne reports for Sint Joseph (Almelo).
 */
type TempDb = Awaited<ReturnType<typeof openTempDb>>;
let db: TempDb;
const clock = createTestClock('2026-09-17T08:00:00Z');
const recorder = createRecordingNotifier();
let app: ReturnType<typeof buildProgress>;

beforeAll(async () => {
  db = await openTempDb();
  await seedDocuments(db);
  app = buildProgress(db, clock, recorder.notifier);
  await app.service.importDirectory('directory.yaml', exampleYaml());
});
afterAll(async () => db?.cleanup());

const cycles = () => db.prisma.progressCycle.findMany({ select: { municipality: true, quarter: true } });

describe('who may start a round', () => {
  it('refuses a coordinator of another municipality and starts nothing', async () => {
    const replies = await app.say('almere-coord', 'start uitvraag Q3 2026 voor Almelo');
    expect(texts(replies)).toBe('Je bent geen coördinator van Almelo; alleen coördinatoren starten een uitvraag.');
    expect(await cycles()).toEqual([]);
  });

  it('refuses a reporter, also when the reporter names a municipality', async () => {
    expect(texts(await app.say('sj-sanne', 'start uitvraag'))).toBe('Alleen coördinatoren van een gemeente kunnen een uitvraag starten.');
    expect(texts(await app.say('sj-sanne', 'start uitvraag voor Almelo'))).toContain('Je bent geen coördinator van Almelo');
    expect(await cycles()).toEqual([]);
  });

  it('asks an admin which municipality, then starts the named one', async () => {
    expect(texts(await app.say('admin', 'start uitvraag Q3 2026'))).toMatch(/^Voor welke gemeente\? Typ bijvoorbeeld "start uitvraag voor Almelo"/);
    const replies = await app.say('admin', 'start uitvraag Q3 2026 voor Almere');
    expect(replies![0]!.title).toMatch(/^Uitvraag Q3 2026 Almere gestart/);
    expect(await cycles()).toEqual([{ municipality: 'Almere', quarter: '2026-Q3' }]);
  });

  it('lets a coordinator start their own municipality without naming it', async () => {
    const replies = await app.say('almelo-coord', 'start uitvraag Q3 2026');
    expect(replies![0]!.title).toMatch(/^Uitvraag Q3 2026 Almelo gestart/);
  });
});

describe('who may change the reporters of a party', () => {
  it('refuses a coordinator for a party of another municipality, and a reporter altogether', async () => {
    expect(texts(await app.say('almere-coord', 'voeg sj-sem toe aan Beter Wonen'))).toContain('Beter Wonen');
    const sem = await app.directory.findByChannelUser('web', 'sj-sem');
    expect(sem!.roles.some((r) => r.party === 'Beter Wonen')).toBe(false);
    expect(texts(await app.say('sj-sanne', 'voeg sj-sem toe aan Sint Joseph'))).toBe('Alleen een coördinator of beheerder kan mensen aan een partij toevoegen. Er is niets gewijzigd.');
  });
});
