// Measures the extractor against gold files: `npm run eval:ingest [dir…] [--totals] [--details] [--extractor <src>]`.
// Default: tests/fixtures/documents/dev and …/test (each printed separately) and the two samples against
// tests/fixtures/eval/agreements-gold.json. Every document goes through the real readDocument + extractDocument
// (rules only, no model). --totals prints only the sums (use it for the held-out test/ set); --details lists what
// differs per document; --extractor points at another src/ folder (e.g. main's) to measure a baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { addScores, emptyScore, scoreDocument, type FoundDocument, type GoldDocument, type Score } from './eval-ingest/score.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { totals: { type: 'boolean', default: false }, details: { type: 'boolean', default: false }, extractor: { type: 'string' } },
});

type Read = (input: { name: string; data: Buffer }) => Promise<{ text: string }>;
type Extract = (text: string, opts: { sourceName: string }) => FoundDocument;

async function loadExtractor(src: string): Promise<{ read: Read; extract: Extract }> {
  const r = (await import(pathToFileURL(path.join(src, 'ingest/read-document.ts')).href)) as { readDocument: Read };
  const e = (await import(pathToFileURL(path.join(src, 'ingest/extract-agreements.ts')).href)) as { extractDocument: Extract };
  return { read: r.readDocument, extract: e.extractDocument };
}

interface Case {
  gold: GoldDocument;
  file: string;
}

function corpusCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldDocument;
      return { gold, file: path.join(dir, gold.source) };
    });
}

function sampleCases(): Case[] {
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/eval/agreements-gold.json'), 'utf8')) as { documents: GoldDocument[] };
  return gold.documents.map((g) => ({ gold: g, file: path.join(ROOT, 'examples/documents', g.source) }));
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');
const frac = (x: { right: number; of: number }) => (x.of ? `${x.right}/${x.of}` : '—');
const mark = (x: { right: number; of: number }) => (!x.of ? '—' : x.right === x.of ? '✓' : '✗');

function line(name: string, s: Score): string {
  if (s.failed) return `  ${name.padEnd(62)} MISLUKT: ${s.gold} afspraken ontbreken`;
  return [
    `  ${name.padEnd(62)}`,
    `gevonden ${s.found}/${s.gold}`,
    `verzonnen ${s.invented}`,
    `nummers ${s.numbers}`,
    `titels ${frac(s.titles)}`,
    `thema ${frac(s.themes)}`,
    `verantw. ${frac(s.responsible)}`,
    `tekst ${frac(s.texts)}`,
    `partijen ${s.parties.found}/${s.parties.found + s.parties.missing}${s.parties.extra ? ` +${s.parties.extra}` : ''}`,
    `periode ${mark(s.period)}`,
    `gemeente ${mark(s.municipality)}`,
    `titel ${mark(s.docTitle)}`,
  ].join('  ');
}

function totals(label: string, s: Score, docs: number): string {
  const p = s.parties;
  return [
    `${label}: ${docs} documenten, ${s.gold} afspraken${s.failed ? `, ${s.failed} documenten mislukt` : ''}`,
    `  gevonden ${s.found} (${pct(s.found, s.gold)}), ontbrekend ${s.missing}, verzonnen ${s.invented}`,
    `  nummers goed ${s.numbers} (${pct(s.numbers, s.gold)}), titels ${pct(s.titles.right, s.titles.of)}, thema's ${pct(s.themes.right, s.themes.of)}, soort ${pct(s.kinds.right, s.kinds.of)}`,
    `  verantwoordelijke partijen goed ${s.responsible.right}/${s.responsible.of} (${pct(s.responsible.right, s.responsible.of)}; van alle afspraken ${pct(s.responsible.right, s.gold)}; met korte namen en "Huurdersorganisaties" als de huurdersorganisaties ${pct(s.responsibleAliased.right, s.responsibleAliased.of)}), tekst gevonden ${pct(s.texts.right, s.texts.of)}`,
    `  documentpartijen gevonden ${p.found}/${p.found + p.missing} (${pct(p.found, p.found + p.missing)}), extra ${p.extra}`,
    `  periode ${frac(s.period)}, gemeente ${frac(s.municipality)}, titel ${frac(s.docTitle)}, actiejaar ${frac(s.actionYear)}`,
  ].join('\n');
}

async function run(label: string, cases: Case[], x: { read: Read; extract: Extract }): Promise<void> {
  const total = emptyScore();
  const lines: string[] = [];
  for (const c of cases) {
    let found: FoundDocument | null = null;
    let error = '';
    try {
      const { text } = await x.read({ name: path.basename(c.file), data: readFileSync(c.file) });
      found = x.extract(text, { sourceName: path.basename(c.file) });
    } catch (e) {
      error = (e as Error).message;
    }
    const { score, differences } = scoreDocument(c.gold, found);
    addScores(total, score);
    if (values.totals) continue;
    lines.push(line(path.basename(c.file), score));
    if (error) lines.push(`      ${error}`);
    if (values.details) for (const d of differences) lines.push(`      ${d.gold.padEnd(8)} ${d.found.padEnd(8)} ${d.what}`);
  }
  console.log(`\n${label}`);
  if (lines.length) console.log(lines.join('\n'));
  console.log(totals(`Totaal ${label}`, total, cases.length));
}

const extractor = await loadExtractor(values.extractor ? path.resolve(values.extractor) : path.join(ROOT, 'src'));
const dirs = positionals.length ? positionals : ['tests/fixtures/documents/dev', 'tests/fixtures/documents/test'];
for (const dir of dirs) {
  const abs = path.resolve(ROOT, dir);
  if (!existsSync(abs)) {
    console.log(`\n${dir}: bestaat niet`);
    continue;
  }
  await run(dir, corpusCases(abs), extractor);
}
if (!positionals.length) await run('voorbeelden (examples/documents)', sampleCases(), extractor);
