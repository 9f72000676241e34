import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempDb } from '../helpers/temp-db.js';
import { buildProgress, createRecordingNotifier, createTestClock, exampleCsv, exampleYaml, seedDocuments } from './setup.js';

type TempDb = Awaited<ReturnType<typeof openTempDb>>;
let db: TempDb;
let app: ReturnType<typeof buildProgress>;

beforeAll(async () => {
  db = await openTempDb();
  await seedDocuments(db);
  app = buildProgress(db, createTestClock('2026-09-17T08:00:00Z'), createRecordingNotifier().notifier);
});
afterAll(async () => db?.cleanup());

describe('directory import', () => {
  it('imports the example YAML file and lists people with roles and parties', async () => {
    const summary = await app.service.importDirectory('directory.yaml', exampleYaml());
    expect(summary).toMatchObject({ people: 15, created: 15, updated: 0 });
    const list = await app.service.listDirectory();
    const anna = list.find((p) => p.consoleId === 'bw-anna')!;
    expect(anna).toMatchObject({ name: 'Anna Bakker', roles: ['reporter'], parties: ['Beter Wonen'], slackUserId: 'U0BWANNA1', teamsUserId: null });
    expect(Object.keys(anna).sort()).toEqual(['consoleId', 'id', 'name', 'parties', 'roles', 'slackUserId', 'teamsUserId']);
    // Short names in the file become the documents' full names.
    expect(list.find((p) => p.consoleId === 'har-hanna')!.parties).toEqual(['Huurdersadviesraad (HAR)']);
    expect(list.find((p) => p.consoleId === 'almelo-gemeente')!.parties).toEqual(['Gemeente Almelo']);
    expect(list.find((p) => p.consoleId === 'almelo-coord')!.roles).toEqual(['coordinator']);
    expect((await app.directory.findByChannelUser('slack', 'U0SJSANNE'))?.name).toBe('Sanne Jansen');
  });

  it('imports the CSV form of the same directory as an update, changing no one twice', async () => {
    const summary = await app.service.importDirectory('directory.csv', exampleCsv());
    expect(summary).toMatchObject({ people: 15, created: 0, updated: 15 });
    expect(await app.service.listDirectory()).toHaveLength(15);
  });

  it.each([
    ['an unknown party', 'people:\n  - name: X\n    consoleId: x1\n    roles: [{ role: reporter, municipality: Almelo, party: Woonstad }]\n', "partij 'Woonstad' komt in geen document van Almelo voor"],
    ['an unknown municipality', 'people:\n  - name: X\n    consoleId: x1\n    roles: [{ role: coordinator, municipality: Zwolle }]\n', "gemeente 'Zwolle' komt in geen document voor"],
    ['an unknown role', 'people:\n  - name: X\n    consoleId: x1\n    roles: [{ role: baas, municipality: Almelo }]\n', "onbekende rol 'baas'"],
    ['a malformed Slack id', 'people:\n  - name: X\n    slackUserId: anna\n    roles: []\n', "'anna' is geen Slack-gebruikers-id"],
    ['a duplicate person', 'people:\n  - name: X\n    consoleId: dup\n  - name: Y\n    consoleId: dup\n', "dubbele persoon — consoleId 'dup'"],
    ['a person without any id', 'people:\n  - name: X\n', 'geen e-mail, consoleId'],
  ])('refuses a file with %s and changes nothing', async (_what, yaml, message) => {
    const before = JSON.stringify(await app.service.listDirectory());
    const valid = '  - name: Nieuw\n    consoleId: nieuw-1\n';
    await expect(app.service.importDirectory('fout.yaml', yaml + valid)).rejects.toThrow(message);
    expect(JSON.stringify(await app.service.listDirectory())).toBe(before);
  });

  it('refuses a CSV where one id is used by two different people', async () => {
    const csv = 'name,email,consoleId,role,municipality,party\nA,a@x.nl,same,reporter,Almelo,Sint Joseph\nB,b@x.nl,same,reporter,Almelo,Beter Wonen\n';
    await expect(app.service.importDirectory('fout.csv', csv)).rejects.toThrow(/regel 3: dubbele persoon/);
  });

  it('refuses an entry that matches two different stored people, leaving both untouched', async () => {
    const yaml = 'people:\n  - name: Mix\n    email: anna.bakker@beterwonen.example\n    consoleId: sj-sem\n';
    await expect(app.service.importDirectory('mix.yaml', yaml)).rejects.toThrow(/2 verschillende mensen/);
    expect((await app.directory.findByChannelUser('web', 'sj-sem'))?.name).toBe('Sem Visser');
  });
});

describe('directory edits in chat', () => {
  it('lets a coordinator add a colleague to a party by console id or Slack mention', async () => {
    expect((await app.say('almelo-coord', 'voeg bw-anna toe aan Sint Joseph'))?.[0]?.text).toBe('Anna Bakker is nu rapporteur voor Sint Joseph.');
    expect((await app.say('almelo-coord', 'voeg <@U0SJSANNE> toe aan Beter Wonen'))?.[0]?.text).toBe('Sanne Jansen is nu rapporteur voor Beter Wonen.');
    expect((await app.say('almelo-coord', 'voeg bw-anna toe aan Sint Joseph'))?.[0]?.text).toContain('was al rapporteur');
    const anna = await app.directory.findByChannelUser('web', 'bw-anna');
    expect(anna?.roles.map((r) => r.party).sort()).toEqual(['Beter Wonen', 'Sint Joseph']);
  });

  it('explains unknown people, unknown parties and parties of another municipality, changing nothing', async () => {
    const before = JSON.stringify(await app.service.listDirectory());
    expect((await app.say('almelo-coord', 'voeg <@U999> toe aan Sint Joseph'))?.[0]?.text).toContain('Ik ken <@U999> niet');
    expect((await app.say('almelo-coord', 'voeg bw-anna toe aan Woonstad'))?.[0]?.text).toContain('Ik ken geen partij "Woonstad"');
    expect((await app.say('almelo-coord', 'voeg bw-anna toe aan Ymere'))?.[0]?.text).toContain('Ymere hoort bij Almere');
    expect((await app.say('bw-bram', 'voeg bw-anna toe aan Sint Joseph'))?.[0]?.text).toContain('Alleen een coördinator');
    expect(JSON.stringify(await app.service.listDirectory())).toBe(before);
  });

  it('leaves messages of guests to Q&A', async () => {
    expect(await app.say('onbekend', 'voeg bw-anna toe aan Sint Joseph')).toBeNull();
  });
});
