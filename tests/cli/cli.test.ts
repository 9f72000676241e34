import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/temp-db.js';

const samples = ['almelo-prestatieafspraken-2022-2026-actieprogramma-2026.txt', 'almere-prestatieafspraken-2025-2029.txt'].map((f) =>
  repoPath('examples/documents', f),
);

let dir: string;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [repoPath('bin/afsprakenbot.js'), '--db', path.join(dir, 'db'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'error' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('afsprakenbot CLI', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the samples and reports municipality, title and the number of agreements as JSON', () => {
    const r = cli('ingest', ...samples, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { documents: Array<{ municipality: string; title: string; agreements: number }> };
    expect(json.documents.map((d) => [d.municipality, d.agreements])).toEqual([
      ['Almelo', 36],
      ['Almere', 39],
    ]);
    expect(json.documents.every((d) => d.title.length > 5)).toBe(true);
  });

  it('changes nothing when the same file is ingested again', () => {
    const r = cli('ingest', samples[0]!);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ongewijzigd/);
  });

  it('lists stored agreements in the agreed JSON shape', () => {
    const r = cli('agreements', '--municipality', 'Almelo', '--json');
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list).toHaveLength(36);
    const three = list.find((a) => a.number === '3')!;
    expect(three).toMatchObject({ municipality: 'Almelo', title: 'Verkoop van huurwoningen', chapter: 1, kind: 'regulier', responsible: ['Beter Wonen', 'Sint Joseph'], period: { from: 2022, to: 2026 } });
    expect(Object.keys(three)).toEqual(expect.arrayContaining(['theme', 'yearText', 'multiYearText']));
  });

  it('shows one agreement in full', () => {
    const r = cli('agreement', 'Almelo', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Almelo 3\. Verkoop van huurwoningen/);
    expect(r.stdout).toMatch(/Regie op realisatie: Beter Wonen, Sint Joseph/);
  });

  it('reports each bad file in Dutch, stores nothing of it, still ingests the good one and exits non-zero', () => {
    const empty = path.join(dir, 'leeg.txt');
    const fakePdf = path.join(dir, 'nep.pdf');
    const odd = path.join(dir, 'notities.xyz');
    const noAgreements = path.join(dir, 'brief.txt');
    writeFileSync(empty, '');
    writeFileSync(fakePdf, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x10, 0x20]));
    writeFileSync(odd, 'iets');
    writeFileSync(noAgreements, 'Geachte heer, mevrouw,\n\nDit is een brief van de gemeente Teststad zonder afspraken.\n');
    const good = path.join(dir, 'almere-kopie.txt');
    writeFileSync(good, `${'Prestatieafspraken Teststad 2025 t/m 2029\n\n'}Thema Wonen\n\n1. De gemeente Teststad bouwt 100 woningen.\n2. De corporatie Woonstede verkoopt 10 woningen.\n`);
    const r = cli('ingest', empty, fakePdf, odd, noAgreements, good, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { documents: Array<{ municipality: string }>; errors: Array<{ file: string; error: string }> };
    expect(json.errors.map((e) => e.file).sort()).toEqual(['brief.txt', 'leeg.txt', 'nep.pdf', 'notities.xyz']);
    expect(json.errors.find((e) => e.file === 'leeg.txt')!.error).toMatch(/leeg/);
    expect(json.errors.find((e) => e.file === 'notities.xyz')!.error).toMatch(/onbekend bestandstype/);
    expect(json.errors.find((e) => e.file === 'brief.txt')!.error).toMatch(/geen afspraken gevonden/);
    expect(json.documents.map((d) => d.municipality)).toEqual(['Teststad']);
    const all = JSON.parse(cli('agreements', '--json').stdout) as unknown[];
    expect(all).toHaveLength(36 + 39 + 2);
  });

  it('prints per document what it found: parties, and each agreement with its theme and responsible parties', () => {
    const file = path.join(dir, 'bosrand.txt');
    writeFileSync(file, 'Prestatieafspraken gemeente Bosrand 2026\n\nDeze afspraken zijn gemaakt tussen de gemeente Bosrand en Woonstichting Bosrand Wonen.\n\nThema 1 Wonen\n\nAfspraak 1.1 Nieuwbouw\nBosrand Wonen bouwt 40 woningen.\n\nAfspraak 1.2 Grond\nDe gemeente levert grond.\n');
    const r = cli('ingest', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ Bosrand — Prestatieafspraken gemeente Bosrand 2026');
    expect(r.stdout).toContain('  periode: 2026; 2 afspraken');
    expect(r.stdout).toContain('  nieuw; controleer en corrigeer');
    expect(r.stdout).toContain('  partijen: Gemeente Bosrand, Woonstichting Bosrand Wonen');
    expect(r.stdout).toContain('    1.1  Nieuwbouw [Wonen] — Woonstichting Bosrand Wonen');
    expect(r.stdout).toContain('    1.2  Grond [Wonen] — Gemeente');
  });

  it('refuses a document without a municipality, and takes it with --municipality and --title', () => {
    const file = path.join(dir, 'noordkant.txt');
    writeFileSync(file, 'Afspraken over wonen 2026\n\nAfspraak 1 Nieuwbouw\nWoonstichting Noordkant bouwt 30 woningen.\n');
    const refused = cli('ingest', file, '--json');
    expect(refused.code).toBe(1);
    expect((JSON.parse(refused.stdout) as { errors: Array<{ error: string }> }).errors[0]!.error).toMatch(/geen gemeente gevonden.*--municipality/);

    const r = cli('ingest', file, '--municipality', 'Noordkant', '--title', 'Woonafspraken Noordkant 2026', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = (JSON.parse(r.stdout) as { documents: Array<Record<string, unknown>> }).documents[0]!;
    expect(doc).toMatchObject({
      municipality: 'Noordkant',
      title: 'Woonafspraken Noordkant 2026',
      period: { from: 2026, to: 2026 },
      parties: ['Gemeente Noordkant', 'Woonstichting Noordkant'],
      agreements: 1,
      agreementList: [{ number: '1', title: 'Nieuwbouw', theme: null, responsible: ['Woonstichting Noordkant'] }],
    });
  });

  it('explains an unknown command and an unknown option in Dutch', () => {
    const r = cli('vliegen');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Onbekende opdracht "vliegen"/);
    const o = cli('agreements', '--kleur', 'rood');
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/Onbekende of onvolledige optie/);
  });

  it('imports the example directory and lists it in the agreed JSON shape', () => {
    const r = cli('directory', 'import', repoPath('examples/directory.yaml'));
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(cli('directory', 'list', '--json').stdout) as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThan(3);
    expect(Object.keys(list[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'roles', 'parties', 'consoleId', 'slackUserId', 'teamsUserId']));
    expect(list.flatMap((p) => p.roles as string[])).toContain('coordinator');
    // People read Dutch role names; --json keeps the codes.
    const text = cli('directory', 'list').stdout;
    expect(text).toMatch(/Anna Bakker\s+rapporteur\s/);
    expect(text).toMatch(/coördinator/);
    expect(text).not.toMatch(/\b(reporter|coordinator)\b/);
  });

  it('refuses a malformed quarter without touching anything', () => {
    const r = cli('progress', 'status', '--municipality', 'Almelo', '--quarter', '2026-Q7', '--json');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/'2026-Q7' is geen kwartaal/);
  });

  it('prints progress status as {items, missing}', () => {
    const r = cli('progress', 'status', '--municipality', 'Almelo', '--quarter', '2026-Q3', '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { items: unknown[]; missing: Array<{ number: string; party: string }> };
    expect(json.items).toEqual([]);
    expect(json.missing.length).toBeGreaterThan(36);
    expect(json.missing[0]).toEqual({ number: expect.any(String), party: expect.any(String) });
  });

  it('searches and answers with citations in the agreed JSON shapes', () => {
    const search = cli('search', 'verkoop van huurwoningen', '--limit', '3', '--json');
    expect(search.code, search.stderr).toBe(0);
    const { results } = JSON.parse(search.stdout) as { results: Array<Record<string, unknown>> };
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(Object.keys(results[0]!)).toEqual(expect.arrayContaining(['municipality', 'number', 'title', 'score', 'passage']));
    const ask = cli('ask', 'Hoeveel woningen gaat Sint Joseph in 2026 verkopen?', '--json');
    expect(ask.code, ask.stderr).toBe(0);
    const answer = JSON.parse(ask.stdout) as { answer: string; found: boolean; citations: Array<{ municipality: string; number: string; title: string }> };
    expect(answer.found).toBe(true);
    expect(answer.citations).toContainEqual({ municipality: 'Almelo', number: '3', title: 'Verkoop van huurwoningen' });
    expect(answer.answer).toMatch(/22/);
  });

  it('says plainly that nothing was found, without citations', () => {
    const r = cli('ask', 'Welke afspraken zijn er over de aanleg van een skibaan op de vuilstort?', '--json');
    expect(r.code, r.stderr).toBe(0);
    const answer = JSON.parse(r.stdout) as { answer: string; found: boolean; citations: unknown[] };
    expect(answer).toMatchObject({ found: false, citations: [] });
    expect(answer.answer).toMatch(/Ik vond geen afspraak/);
  });

  it('sets where digests go and builds a digest in every export format', () => {
    const set = cli('digest', 'channel', '--municipality', 'Almelo', '--slack', 'C0DIGEST');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/Slack C0DIGEST/);
    const md = cli('digest', '--municipality', 'Almelo', '--kind', 'weekly', '--format', 'md');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/Almelo/);
    const json = JSON.parse(cli('digest', '--municipality', 'Almelo', '--kind', 'meeting', '--format', 'json').stdout) as { municipality: string; kind: string };
    expect(json).toMatchObject({ municipality: 'Almelo', kind: 'meeting' });
    const bad = cli('digest', '--municipality', 'Atlantis');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/Onbekende gemeente "Atlantis"/);
    const schedule = JSON.parse(cli('schedule', '--json').stdout) as Array<{ job: string; nextRun: string | null }>;
    expect(schedule.map((e) => e.job).sort()).toEqual(['meetingDigests', 'quarterlyPrompts', 'reminders', 'weeklyDigests']);
    expect(schedule[0]!.nextRun).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // Text output: Dutch job names and local Dutch times (the weekly digest runs on Monday at 08:00 Amsterdam time).
    const text = cli('schedule').stdout;
    expect(text).toMatch(/^weekdigest\s+0 8 \* \* 1\s+laatst: —\s+volgende: maandag \d{1,2} \w+ \d{4}, 08:00$/m);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|weeklyDigests|\(done\)/);
  });

  it('explains in Dutch when the port is taken, and exits', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = spawnSync(process.execPath, [repoPath('bin/afsprakenbot.js'), '--db', path.join(dir, 'db'), 'serve', '--no-samples'], {
        encoding: 'utf8',
        env: { ...process.env, PORT: String(port), SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'error' },
        timeout: 120_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`Poort ${port} is al in gebruik`));
    } finally {
      blocker.close();
    }
  });

  it('plans, lists and removes a meeting, and refuses a date in the past or an impossible one', () => {
    const add = cli('meetings', 'add', '--municipality', 'Almelo', '--title', 'Bestuurlijk overleg', '--date', '12 maart 2099', '--time', '10:00');
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout.trim()).toBe('Overleg gepland: Bestuurlijk overleg (Almelo) op donderdag 12 maart 2099, 10:00');
    const list = JSON.parse(cli('meetings', 'list', '--municipality', 'Almelo', '--json').stdout) as Array<{ id: string; title: string; date: string }>;
    expect(list.map((m) => m.title)).toContain('Bestuurlijk overleg');
    // 10:00 in Amsterdam is 09:00 UTC in March; JSON keeps ISO, the text says it in Dutch local time.
    expect(list[0]!.date).toBe('2099-03-12T09:00:00.000Z');
    expect(cli('meetings', 'list').stdout).toMatch(/Almelo\s+donderdag 12 maart 2099, 10:00\s+Bestuurlijk overleg/);
    expect(cli('meetings', 'add', '--municipality', 'Almelo', '--date', '31 februari 2099').stderr).toMatch(/geen geldige datum/);
    expect(cli('meetings', 'add', '--municipality', 'Almelo', '--date', '2020-01-01').code).not.toBe(0);
    const removed = cli('meetings', 'remove', list[0]!.id.slice(0, 8));
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(cli('meetings', 'list', '--json').stdout)).toEqual([]);
  });

  it('refuses a meeting time that is not a time, and stores nothing', () => {
    const badTime = cli('meetings', 'add', '--municipality', 'Almelo', '--date', '12-03-2099', '--time', 'tien uur');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/--time "tien uur" is geen tijd — typ bijvoorbeeld 10:00/);
    expect(cli('meetings', 'add', '--municipality', 'Almelo', '--date', '12-03-2099', '--time', '25:00').stderr).toMatch(/geen geldige datum/);
    expect(JSON.parse(cli('meetings', 'list', '--json').stdout)).toEqual([]);
  });
});
