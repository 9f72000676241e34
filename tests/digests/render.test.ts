import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/core/agreement.js';
import { buildDigest, type ChangeRow, type ReportRow } from '../../src/digests/build-digest.js';
import { renderDigestBlocks, SLACK_MAX_BLOCKS, SLACK_MAX_TEXT } from '../../src/digests/render-slack.js';
import { renderDigestCard } from '../../src/digests/render-teams.js';
import { renderDigestHtml } from '../../src/digests/render-html.js';
import { renderDigestCsv } from '../../src/digests/render-csv.js';
import { renderDigestMarkdown } from '../../src/digests/render-markdown.js';
import { renderMatrixHtml, buildMatrix } from '../../src/digests/matrix.js';
import { pdfSafe } from '../../src/digests/render-pdf.js';
import { columnName } from '../../src/digests/xlsx.js';

const PARTIES = ['Gemeente', 'Beter Wonen', 'Woonstede', 'Huurdersbond', 'Sint Joseph'];
const STATUSES = ['op-schema', 'risico', 'vertraagd', 'gereed', 'niet-gestart', 'nvt'];

/** 60 agreements × 5 parties in 12 themes, every pair reported and changed this week, with long notes. */
export function largeInput(themes = 12, count = 60) {
  const agreements: Agreement[] = Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    documentId: 'd',
    municipality: 'Groot<stad>',
    number: String(i + 1),
    chapterNumber: (i % themes) + 1,
    chapterTitle: `Thema ${(i % themes) + 1} met een lange naam & tekens`,
    kind: null,
    title: `Afspraak ${i + 1} over <b>woningen</b> en leefbaarheid`,
    multiYearText: '',
    yearText: '',
    responsible: PARTIES,
    originalText: '',
    period: { from: 2025, to: 2028 },
    actionYear: null,
    targets: i % 3 === 0 ? [{ party: 'Woonstede', value: 20 + i, approximate: false, unit: 'woningen', verb: 'bouwen', sentence: '' }] : [],
    tables: [],
  }));
  const reports: ReportRow[] = [];
  const changes: ChangeRow[] = [];
  agreements.forEach((a, i) =>
    PARTIES.forEach((party, j) => {
      if ((i + j) % 7 === 0) return; // some not answered
      const status = STATUSES[(i + j) % STATUSES.length]!;
      const row = { quarter: '2026-Q1', number: a.number, party, status, note: `Toelichting ${'x'.repeat(400)}`, realised: i, updatedBy: 'p', updatedAt: new Date('2026-03-12T10:00:00Z') };
      reports.push(row);
      changes.push({ ...row, changedBy: 'p', changedAt: row.updatedAt });
    }),
  );
  return {
    municipality: 'Groot<stad>',
    kind: 'meeting' as const,
    now: new Date('2026-03-16T07:00:00Z'),
    timeZone: 'Europe/Amsterdam',
    quarter: { year: 2026, q: 1 as const },
    cycleStart: new Date('2026-03-02T08:00:00Z'),
    agreements,
    reports,
    changes,
    reporters: PARTIES.map((p, i) => ({ name: `Rapporteur ${i}`, party: p })),
    meetings: [{ id: 'm1', municipality: 'Groot<stad>', title: 'Bestuurlijk overleg', date: new Date('2026-03-24T13:00:00Z') }],
    since: new Date('2026-03-09T07:00:00Z'),
    periodKey: 'm1',
  };
}

const texts = (blocks: Array<Record<string, unknown>>) =>
  blocks.flatMap((b) => {
    const t = (b.text as { text?: string } | undefined)?.text;
    const els = ((b.elements as Array<{ text?: string }> | undefined) ?? []).map((e) => e.text ?? '');
    return [...(t ? [t] : []), ...els];
  });

describe('digest rendering', () => {
  const digest = buildDigest(largeInput());

  it('keeps a large digest within Slack limits and says how many more there are', () => {
    expect(digest.changes.length).toBeGreaterThan(200);
    const blocks = renderDigestBlocks(digest);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
    for (const t of texts(blocks)) expect(t.length).toBeLessThanOrEqual(SLACK_MAX_TEXT);
    expect(JSON.stringify(blocks)).toMatch(/… en \d+ meer/);
    expect(JSON.stringify(blocks)).not.toContain('<b>'); // escaped for mrkdwn
    expect((blocks[0] as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(150);
  });

  it('cuts to 50 blocks even when every section is allowed many lines', () => {
    const blocks = renderDigestBlocks(digest, { linesPerSection: 10_000 });
    expect(blocks.length).toBe(SLACK_MAX_BLOCKS);
    for (const t of texts(blocks)) expect(t.length).toBeLessThanOrEqual(SLACK_MAX_TEXT);
    expect(JSON.stringify(blocks.at(-1))).toContain('meer');
  });

  it('renders a Teams Adaptive Card, escaped HTML, CSV and markdown', () => {
    const card = renderDigestCard(digest);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    // Teams runs single line breaks in a TextBlock together: every line is its own block.
    const blocks = JSON.parse(JSON.stringify(card)).body.flatMap((b: { items?: unknown[] }) => b.items ?? [b]) as Array<{ text?: string }>;
    expect(blocks.every((b) => !b.text?.includes('\n'))).toBe(true);
    expect(blocks.some((b) => b.text?.startsWith('• '))).toBe(true);
    expect(JSON.parse(JSON.stringify(card)).body.length).toBeGreaterThan(5);
    const html = renderDigestHtml(digest);
    expect(html).toContain('Groot&lt;stad&gt;');
    expect(html).not.toContain('<b>woningen');
    const csv = renderDigestCsv(digest).trim().split('\n');
    expect(csv[0]).toBe('section,theme,number,title,party,status,colour,note,realised,target,unit,count,date');
    expect(csv.some((l) => l.startsWith('aandacht,'))).toBe(true);
    expect(renderDigestMarkdown(digest)).toContain('## Voorgestelde bespreekpunten');
  });

  it('renders the progress matrix as a coloured, filterable table', () => {
    const input = largeInput(3, 4);
    const html = renderMatrixHtml(buildMatrix('Groot<stad>', input.agreements, input.reports, 2026, { party: 'Woonstede' }));
    expect(html).toContain('<option selected>Woonstede</option>');
    expect((html.match(/<tr>/g) ?? []).length).toBe(5); // header + 4 agreements for one party
    expect(html).toContain('status-rood');
  });
});

describe('download helpers', () => {
  it('keeps Dutch text for the PDF fonts and turns emoji, bars and unknown signs into words or "?"', () => {
    expect(pdfSafe('🟢 3 🟠 1 🔴 0 ⚪ 2 — “één” café € 5')).toBe('groen 3 oranje 1 rood 0 grijs 2 — “één” café € 5');
    expect(pdfSafe('▓▓░░░ 2/5 woningen ⚠️ nieuw risico → Vertraagd')).toBe('2/5 woningen (!) nieuw risico -> Vertraagd');
    expect(pdfSafe('Zonnepanelen ☀ 日本')).toBe('Zonnepanelen ? ??');
  });

  it('names spreadsheet columns A…Z, AA, AZ, BA', () => {
    expect([0, 25, 26, 51, 52].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});
