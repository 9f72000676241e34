import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { openTempDb } from '../helpers/temp-db.js';
import { button, buildProgress, createRecordingNotifier, createTestClock, exampleYaml, seedDocuments, texts } from './setup.js';

type TempDb = Awaited<ReturnType<typeof openTempDb>>;
let db: TempDb;
const clock = createTestClock('2026-09-17T08:00:00Z');
const recorder = createRecordingNotifier();
let app: ReturnType<typeof buildProgress>;
const personId = async (consoleId: string) => (await app.directory.findByChannelUser('web', consoleId))!.id;

beforeAll(async () => {
  db = await openTempDb();
  await seedDocuments(db);
  app = buildProgress(db, clock, recorder.notifier);
  await app.service.importDirectory('directory.yaml', exampleYaml());
});
afterAll(async () => db?.cleanup());

describe('quarterly prompt', () => {
  it('says which quarters are due from ten working days before the end', async () => {
    expect(await app.service.duePrompts(new Date('2026-09-16T08:00:00Z'))).toEqual([]);
    expect(await app.service.duePrompts(new Date('2026-09-17T08:00:00Z'))).toEqual([
      { municipality: 'Almelo', quarter: '2026-Q3' },
      { municipality: 'Almere', quarter: '2026-Q3' },
    ]);
  });

  it('sends every reporter one direct message per party, once', async () => {
    recorder.unreachable.add(await personId('almelo-gemeente'));
    const result = await app.service.startQuarter('almelo', '2026-Q3');
    expect(result.municipality).toBe('Almelo');
    const sanne = result.prompted.find((p) => p.name === 'Sanne Jansen');
    expect(sanne?.parties).toEqual(['Sint Joseph']);
    const prompt = recorder.sent.find((s) => s.personId === sanne!.personId)!;
    expect(prompt.kind).toBe('progress-prompt');
    expect(prompt.replies[0]!.text).toMatch(/^Voortgang Q3 2026 voor Sint Joseph: 5 afspraken\. Zullen we beginnen\?/);
    expect(prompt.replies[0]!.actions!.map((a) => a.label)).toEqual(['Beginnen', 'Later', 'Overzicht']);
    expect(result.unreachable).toContainEqual(expect.objectContaining({ party: 'Gemeente Almelo', name: 'Gert Smit' }));
    // Parties without agreements this year get no prompt.
    expect(result.prompted.some((p) => p.name === 'Peter Bos')).toBe(false);
    // The old 2018–2021 agreement 99 is not due in 2026.
    expect((await app.service.status('Almelo', '2026-Q3')).missing.some((m) => m.number === '99')).toBe(false);
    const again = await app.service.startQuarter('Almelo', '2026-Q3');
    expect(again).toMatchObject({ alreadyStarted: true, startedAt: '2026-09-17T08:00:00.000Z' });
    expect(again.prompted).toEqual([]);
    expect(again.alreadyPrompted.map((p) => p.name)).toContain('Sanne Jansen');
    expect(await app.service.duePrompts(new Date('2026-09-17T08:00:00Z'))).toEqual([{ municipality: 'Almere', quarter: '2026-Q3' }]);
  });

  it('says what a repeated "start uitvraag" did: started before, no new messages', async () => {
    const [r] = (await app.say('almelo-coord', 'start uitvraag'))!;
    expect(r!.title).toBe('Uitvraag Q3 2026 Almelo al gestart op donderdag 17 september 2026; 0 nieuwe berichten');
    expect(r!.text).toMatch(/^0 rapporteurs kregen nu een bericht; \d+ rapporteurs hadden de uitvraag al en krijgen geen tweede\./);
    expect(r!.private).toBe(true);
  });

  it('explains a wrong quarter or municipality', async () => {
    await expect(app.service.startQuarter('Almelo', '2026-Q7')).rejects.toThrow("'2026-Q7' is geen kwartaal — typ bijvoorbeeld 2026-Q3");
    await expect(app.service.startQuarter('Zwolle', '2026-Q3')).rejects.toThrow('Ik ken geen gemeente "Zwolle"');
  });
});

describe('progress form through the handler', () => {
  it('fills in a whole form with buttons, typed answers and every command', async () => {
    const prompt = recorder.sent.find((s) => s.kind === 'progress-prompt' && s.replies[0]!.text.includes('Sint Joseph'))!;
    let r = await app.click('sj-sanne', button(prompt.replies, /^Overzicht$/));
    expect(r?.[0]?.text).toBe('0 ingevuld, 5 open.');
    r = await app.click('sj-sanne', button(prompt.replies, /^Beginnen$/));
    expect(texts(r)).toContain('Voortgang Q3 2026 voor Sint Joseph: 5 van 5 afspraken staan open');
    expect(r?.at(-1)?.title).toBe('Afspraak 1 — Sturen op vernieuwing van de sociale huurvoorraad (1/5)');
    r = await app.click('sj-sanne', button(r, /^Op schema$/));
    r = await app.click('sj-sanne', button(r, /Geen toelichting/));
    expect(texts(r)).toContain('Opgeslagen: afspraak 1 — Op schema.');
    expect(r?.at(-1)?.title).toContain('Afspraak 3');
    r = await app.say('sj-sanne', 'het loopt achter');
    r = await app.say('sj-sanne', 'geen');
    expect(texts(r)).toContain('Bij Vertraagd is een toelichting verplicht');
    r = await app.say('sj-sanne', 'Kopers haken af door de hoge rente.');
    expect(texts(r)).toContain('Hoeveel van de 22 woningen zijn verkocht?');
    r = await app.say('sj-sanne', 'vijftien');
    expect(texts(r)).toContain("'vijftien' is geen getal — typ bijvoorbeeld 15");
    r = await app.say('sj-sanne', '-3');
    expect(texts(r)).toContain("'-3' kan niet");
    // Above the target is possible (more sold than agreed), but asked to confirm; another number replaces it.
    r = await app.say('sj-sanne', '40');
    expect(texts(r)).toContain('40 is meer dan de 22 woningen uit de afspraak. Klopt dat?');
    r = await app.say('sj-sanne', '15');
    expect(texts(r)).toContain('Opgeslagen: afspraak 3 — Vertraagd, gerealiseerd 15.');
    r = await app.say('sj-sanne', 'overslaan');
    expect(texts(r)).toContain('Afspraak 4 overgeslagen');
    r = await app.say('sj-sanne', 'terug');
    expect(r?.at(-1)?.title).toContain('Afspraak 4');
    r = await app.say('sj-sanne', 'overzicht');
    expect(r?.[0]?.text).toBe('2 ingevuld, 3 open.');
    clock.set('2026-09-17T08:05:00Z');
    r = await app.say('sj-sanne', 'wijzig 1');
    expect(texts(r)).toContain('Je wijzigt afspraak 1 (nu: Op schema)');
    r = await app.say('sj-sanne', 'gereed');
    r = await app.say('sj-sanne', 'Alles opgeleverd.');
    expect(texts(r)).toContain('Opgeslagen: afspraak 1 — Gereed.');
    r = await app.say('sj-sanne', 'later');
    expect(texts(r)).toContain('je antwoorden zijn bewaard');
    // Paused: an ordinary question goes to Q&A again.
    expect(await app.say('sj-sanne', 'wat spraken we af over verkoop?')).toBeNull();
    r = await app.say('sj-sanne', 'voortgang');
    expect(texts(r)).toContain('3 van 5 afspraken staan open');
    r = await app.say('sj-sanne', 'stop');
    expect(texts(r)).toContain('Gestopt');
    r = await app.say('sj-sanne', 'mijn afspraken');
    expect(r?.at(-1)?.data).toMatchObject({ step: 'status' });
    r = await app.say('sj-sanne', 'afronden');
    expect(texts(r)).toContain('nog open: 4, 15, 27');
    expect(texts(r)).toContain('Typ "wijzig 4"');
    // After the form: "wijzig 3" reopens it at agreement 3 and shows what was filled in.
    r = await app.say('sj-sanne', 'wijzig 3');
    expect(texts(r)).toContain('Je wijzigt afspraak 3 (nu: Vertraagd)');
    expect(texts(r)).toContain('Nu ingevuld: Vertraagd — "Kopers haken af door de hoge rente.", gerealiseerd 15 van 22 woningen.');
    r = await app.say('sj-sanne', 'klaar');
    expect(texts(r)).toContain('nog open: 4, 15, 27');

    const status = await app.service.status('Almelo', '2026-Q3');
    const three = status.items.find((i) => i.number === '3' && i.party === 'Sint Joseph');
    expect(three).toEqual({ number: '3', party: 'Sint Joseph', status: 'vertraagd', note: 'Kopers haken af door de hoge rente.', realised: 15, target: 22, updatedBy: 'Sanne Jansen', updatedAt: '2026-09-17T08:00:00.000Z' });
    expect(status.items.find((i) => i.number === '1' && i.party === 'Sint Joseph')?.status).toBe('gereed');
    expect(status.missing).toContainEqual({ number: '27', party: 'Sint Joseph' });
    const history = (await app.service.history('Almelo', '2026-Q3')).filter((c) => c.number === '1' && c.party === 'Sint Joseph');
    expect(history.map((h) => h.status)).toEqual(['op-schema', 'gereed']);
  });

  it('continues where it was after a restart', async () => {
    clock.set('2026-09-18T08:00:00Z');
    let r = await app.say('sj-sanne', 'voortgang');
    expect(r?.at(-1)?.title).toContain('Afspraak 4');
    r = await app.say('sj-sanne', 'risico');
    expect(r?.at(-1)?.data).toMatchObject({ number: '4', step: 'note' });

    await db.close();
    const reopened = await openDatabase({ kind: 'pglite', dataDir: db.dataDir });
    db = { ...reopened, dataDir: db.dataDir, cleanup: db.cleanup };
    const closeReopened = reopened.close;
    db.cleanup = async () => {
      await closeReopened();
      rmSync(db.dataDir, { recursive: true, force: true });
    };
    app = buildProgress(reopened, clock, recorder.notifier);

    r = await app.say('sj-sanne', 'Capaciteit bij de gemeente ontbreekt.');
    expect(texts(r)).toContain('Opgeslagen: afspraak 4 — Risico.');
    expect(r?.at(-1)?.title).toContain('Afspraak 15');
  });

  it('refuses a reporter of another party and records a coordinator as reporting on behalf', async () => {
    const start = `progress:start:Almelo:2026-Q3:${encodeURIComponent('Sint Joseph')}`;
    const refused = await app.click('bw-bram', start);
    expect(texts(refused)).toContain('Je mag niet rapporteren voor Sint Joseph');
    expect(await app.click('onbekend', start)).toEqual([expect.objectContaining({ text: expect.stringContaining('niet in de lijst van rapporteurs') })]);
    const before = (await app.service.history('Almelo', '2026-Q3')).length;

    let r = await app.click('almelo-coord', start);
    expect(texts(r)).toContain('jij vult in namens deze partij');
    expect(r?.at(-1)?.title).toContain('Afspraak 15');
    r = await app.say('almelo-coord', 'gereed');
    r = await app.say('almelo-coord', 'Huurverhoging is vastgesteld.');
    const history = await app.service.history('Almelo', '2026-Q3');
    expect(history).toHaveLength(before + 1);
    expect(history.find((h) => h.number === '15' && h.party === 'Sint Joseph')).toMatchObject({ number: '15', party: 'Sint Joseph', onBehalf: true, changedBy: await personId('almelo-coord') });
    expect(await app.say('bw-bram', 'gereed')).toBeNull();
  });

  it('keeps both answers when two people of one party answer at the same time', async () => {
    const start = `progress:start:Almelo:2026-Q3:${encodeURIComponent('Sint Joseph')}`;
    await app.click('sj-sem', start);
    await app.say('sj-sem', 'wijzig 27');
    await app.say('sj-sanne', 'wijzig 27');
    await Promise.all([app.say('sj-sem', 'op schema'), app.say('sj-sanne', 'gereed')]);
    await Promise.all([app.say('sj-sem', 'Sem: 100 gedaan'), app.say('sj-sanne', 'Sanne: klaar')]);
    await Promise.all([app.say('sj-sem', '100'), app.say('sj-sanne', '250')]);
    const changes = (await app.service.history('Almelo', '2026-Q3')).filter((c) => c.number === '27' && c.party === 'Sint Joseph');
    expect(changes.map((c) => c.realised).sort()).toEqual([100, 250]);
    const status = await app.service.status('Almelo', '2026-Q3');
    const current = status.items.filter((i) => i.number === '27' && i.party === 'Sint Joseph');
    expect(current).toHaveLength(1);
    expect([100, 250]).toContain(current[0]!.realised);
  });

  it('does not advance twice when a button is clicked twice', async () => {
    let r = await app.say('bw-anna', 'voortgang');
    expect(r?.at(-1)?.title).toContain('Afspraak 1');
    const gereed = button(r, /^Gereed$/);
    const [a, b] = await Promise.all([app.click('bw-anna', gereed), app.click('bw-anna', gereed)]);
    const all = texts(a) + texts(b);
    expect(all).toContain('hoort bij een eerdere vraag');
    r = await app.click('bw-anna', gereed);
    expect(texts(r)).toContain('hoort bij een eerdere vraag (afspraak 1)');
    expect(r?.at(-1)?.data).toMatchObject({ number: '1', step: 'note' });
    r = await app.say('bw-anna', 'geen');
    expect(r?.at(-1)?.data).toMatchObject({ number: '3', step: 'status' });
    expect((await app.service.history('Almelo', '2026-Q3')).filter((c) => c.party === 'Beter Wonen')).toHaveLength(1);
  });

  it('exports every due item as CSV, open ones included', async () => {
    const csv = await app.service.exportCsv('Almelo', '2026-Q3');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('gemeente,kwartaal,nummer,titel,partij,status,toelichting,gerealiseerd,doel,eenheid,bijgewerkt_door,namens_partij,bijgewerkt_op');
    expect(lines).toContain('Almelo,2026-Q3,3,Verkoop van huurwoningen,Sint Joseph,Vertraagd,Kopers haken af door de hoge rente.,15,22,woningen,Sanne Jansen,nee,17-09-2026 10:00');
    expect(lines.some((l) => l.startsWith('Almelo,2026-Q3,15,Jaarlijkse huuraanpassing,Sint Joseph,Gereed,') && l.includes(',Carla Meijer,ja,'))).toBe(true);
    expect(lines.some((l) => l.includes(',Huurdersadviesraad (HAR),'))).toBe(false);
    const status = await app.service.status('Almelo', '2026-Q3');
    expect(lines).toHaveLength(1 + status.items.length + status.missing.length);
  });

  it('refuses changes after the deadline', async () => {
    clock.set('2026-10-15T08:00:00Z');
    const r = await app.say('bw-anna', 'gereed');
    expect(texts(r)).toContain('is gesloten');
    expect(await app.say('bw-anna', 'voortgang')).toEqual([expect.objectContaining({ text: expect.stringContaining('Er loopt nu geen voortgangsronde') })]);
  });
});

describe('messages that are not for the form', () => {
  it('leaves questions about progress to Q&A', async () => {
    clock.set('2026-09-20T08:00:00Z');
    expect(await app.say('sj-sem', 'voortgang van de verkoop?')).toBeNull();
    expect(await app.say('sj-sem', 'voortgang van de nieuwbouw')).toBeNull();
    // Someone not in the directory asking for the form or a round is told why, not answered from the documents.
    expect(texts(await app.say('onbekend', 'voortgang'))).toContain('niet in de lijst van rapporteurs');
    expect(texts(await app.say('onbekend', 'start uitvraag'))).toContain('Alleen coördinatoren van een gemeente kunnen een uitvraag starten.');
    expect(await app.say('onbekend', 'voortgang van de nieuwbouw')).toBeNull();
  });
});
