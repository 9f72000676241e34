/**
 * Reviewing with the real CLI binary on an embedded database: `ingest` prints what it found (with the
 * corrections of earlier versions), `agreement edit` corrects (as the operator, or `--as` a person whose
 * role is checked), `document reviewed` records the review.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/temp-db.js';
import { fixture } from './support.js';

let dir: string;
/** Each CLI run starts Node and opens the database: several of them take a while on a busy machine. */
const SLOW = 240_000;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [repoPath('bin/afsprakenbot.js'), '--db', path.join(dir, 'db'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'error' },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('reviewing with the CLI', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenbot-cli-review-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what ingest found: numbers, titles, themes, parties, period and that it is not yet reviewed', () => {
    const r = cli('ingest', fixture('veenhoven-v1.txt'), fixture('elders.txt'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Veenhoven — Prestatieafspraken Veenhoven 2026 t/m 2029');
    expect(r.stdout).toContain('periode: 2026 t/m 2029; 5 afspraken');
    expect(r.stdout).toContain('partijen: Gemeente Veenhoven');
    expect(r.stdout).toMatch(/ {5}3 {2}Woonstichting Veenland verkoopt .*\[Beschikbaarheid\] — Woonstichting Veenland/);
    expect(r.stdout).toContain('status: NOG NIET GECONTROLEERD');
    const directory = cli('directory', 'import', fixture('directory.yaml'));
    expect(directory.code, directory.stderr).toBe(0);
  }, SLOW);

  it('corrects an agreement as the operator and shows it in every listing', () => {
    const r = cli('agreement', 'edit', 'Veenhoven', '3', '--title', 'Verkoop van huurwoningen', '--responsible', 'Woonstichting Veenland, Gemeente');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Gecorrigeerd (titel, regie): Veenhoven 3. Verkoop van huurwoningen — Woonstichting Veenland, Gemeente');
    expect(cli('agreement', 'Veenhoven', '3').stdout).toContain('Veenhoven 3. Verkoop van huurwoningen');
    const shown = cli('document', 'Veenhoven');
    expect(shown.stdout).toMatch(/Verkoop van huurwoningen .*\* gecorrigeerd: titel door .* \(CLI\), regie door/);
  }, SLOW);

  it('refuses a word for a number and a reporter, in Dutch, and changes nothing', () => {
    const word = cli('agreement', 'edit', 'Veenhoven', '2', '--number', 'vijftien');
    expect(word.code).toBe(1);
    expect(word.stderr).toContain("'vijftien' is geen afspraaknummer");
    const reporter = cli('agreement', 'edit', 'Veenhoven', '2', '--title', 'Mag niet', '--as', 'vl-rik');
    expect(reporter.code).toBe(1);
    expect(reporter.stderr).toContain('Alleen coördinatoren van Veenhoven');
    expect(cli('agreement', 'Veenhoven', '2').stdout).not.toContain('Mag niet');
  }, SLOW);

  it('records a review as a coordinator and keeps the correction through a new version', () => {
    const reviewed = cli('document', 'reviewed', 'Veenhoven', '--as', 'vh-coord');
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(reviewed.stdout).toContain('gecontroleerd door Vera Coördinator op');
    expect(cli('documents').stdout).toContain('Veenhoven — Prestatieafspraken Veenhoven 2026 t/m 2029: 5 afspraken; gecontroleerd door Vera Coördinator; 2 correcties');

    const v2 = cli('ingest', fixture('veenhoven-v2.txt'));
    expect(v2.code, v2.stderr).toBe(0);
    // Moved from 3 to 4 in the new version: found again by its extracted title.
    expect(v2.stdout).toMatch(/ {5}4 {2}Verkoop van huurwoningen .*— Woonstichting Veenland, Gemeente {2}\* gecorrigeerd/);
    expect(v2.stdout).toContain('NOG NIET GECONTROLEERD (een eerdere versie wel, door Vera Coördinator)');
  }, SLOW);
});
