import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { report } from '../digests/seed.js';
import { startConsoleApp } from './console-app.js';

// Monday 14 September 2026, 10:00 in Amsterdam: inside Q3 2026.
const clock = { now: () => new Date('2026-09-14T08:00:00Z') };

describe('the progress dashboard and its downloads on the real app', () => {
  let ctx: Awaited<ReturnType<typeof startConsoleApp>>;
  // The dashboard and its downloads are for coordinators: signed in (picker) as Almelo's coordinator.
  const get = async (path: string) => fetch(`${ctx.url}${path}`, { headers: { cookie: await ctx.session('almelo-coord') } });

  beforeAll(async () => {
    ctx = await startConsoleApp(undefined, clock);
    await report(ctx.app.db, {
      municipality: 'Almelo',
      quarter: '2026-Q3',
      number: '3',
      party: 'Sint Joseph',
      status: 'vertraagd',
      note: 'Kopers haken af <b>door</b> de hoge rente.',
      realised: 15,
      at: new Date('2026-09-10T09:00:00Z'),
    });
  });
  afterAll(async () => {
    await ctx.app.close();
    ctx.remove();
  });

  it('shows each row with a link to its agreement and its toelichting to open, escaped', async () => {
    const html = await (await get('/dashboard/Almelo')).text();
    expect(html).toContain('<a href="/agreements/Almelo/3">Verkoop van huurwoningen</a><details class="matrix-notes"><summary>Toelichting (1)</summary>');
    expect(html).toContain('<strong>Q3 2026 · Vertraagd:</strong> Kopers haken af &lt;b&gt;door&lt;/b&gt; de hoge rente.');
    expect(html).toContain('(gerealiseerd: 15)');
    expect(html).not.toContain('<b>door</b>');
  });

  it('offers the matrix as CSV and Excel, keeping the filters, and each digest as Markdown, HTML and PDF', async () => {
    const html = await (await get('/dashboard/Almelo?party=Sint+Joseph')).text();
    expect(html).toContain('href="/dashboard/Almelo/export/voortgang.csv?party=Sint+Joseph" download>CSV</a>');
    expect(html).toContain('href="/dashboard/Almelo/export/voortgang.xlsx?party=Sint+Joseph" download>Excel (XLSX)</a>');
    for (const file of ['weekoverzicht.md', 'weekoverzicht.html', 'weekoverzicht.pdf', 'overleg.md', 'overleg.html', 'overleg.pdf']) {
      expect(html).toContain(`href="/dashboard/Almelo/export/${file}" download>`);
    }
  });

  it('downloads the filtered matrix as CSV with the status, toelichting and realised figure per quarter', async () => {
    const res = await get('/dashboard/Almelo/export/voortgang.csv?party=Sint%20Joseph');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="voortgang-almelo-2026.csv"');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Nr,Afspraak,Thema,Partij,Q1 2026,Q1 2026 toelichting,Q1 2026 gerealiseerd,Q2 2026,Q2 2026 toelichting,Q2 2026 gerealiseerd,Q3 2026,Q3 2026 toelichting,Q3 2026 gerealiseerd,Q4 2026,Q4 2026 toelichting,Q4 2026 gerealiseerd',
    );
    expect(lines.slice(1).every((l) => l.includes(',Sint Joseph,'))).toBe(true);
    expect(lines).toContain('3,Verkoop van huurwoningen,Flexibele woningvoorraad,Sint Joseph,,,,,,,Vertraagd,Kopers haken af <b>door</b> de hoge rente.,15,,,');
  });

  it('downloads the matrix as an Excel workbook with a coloured status cell', async () => {
    const res = await get('/dashboard/Almelo/export/voortgang.xlsx');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(zip.files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Nr</t></is></c>');
    // Row of agreement 3 for Sint Joseph: Q3 status in column K, filled red (the only colour used, style 2).
    expect(sheet).toMatch(/<c r="K\d+" s="2" t="inlineStr"><is><t xml:space="preserve">Vertraagd<\/t><\/is><\/c><c r="L\d+" t="inlineStr"><is><t xml:space="preserve">Kopers haken af &lt;b&gt;door&lt;\/b&gt; de hoge rente.<\/t><\/is><\/c><c r="M\d+"><v>15<\/v><\/c>/);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('<fgColor rgb="FFC62828"/>');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('<sheet name="Voortgang Almelo 2026"');
  });

  it('downloads the weekly digest as Markdown, a stand-alone HTML page and a PDF, in Dutch local time', async () => {
    const md = await get('/dashboard/Almelo/export/weekoverzicht.md');
    expect(md.headers.get('content-disposition')).toBe('attachment; filename="weekoverzicht-almelo-2026-w38.md"');
    const text = await md.text();
    expect(text).toMatch(/^# Weekoverzicht prestatieafspraken Almelo — Q3 2026/);
    expect(text).toContain('_Gemaakt door Afsprakenbot op maandag 14 september 2026, 10:00._');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    const page = await (await get('/dashboard/Almelo/export/weekoverzicht.html')).text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).toContain('<section class="digest digest-weekly" data-municipality="Almelo">');

    const pdf = await get('/dashboard/Almelo/export/weekoverzicht.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(await pdf.arrayBuffer()), isEvalSupported: false, verbosity: 0 }).promise;
    let pdfText = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pdfText += content.items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
    }
    await doc.destroy();
    const flat = pdfText.replace(/\s+/g, ' ');
    expect(flat).toContain('Weekoverzicht prestatieafspraken Almelo — Q3 2026');
    expect(flat).toContain('Nog niet gerapporteerd');
    expect(flat).toContain('Gemaakt door Afsprakenbot op maandag 14 september 2026, 10:00.');
    expect(flat).toMatch(/rood 1/);
  });

  it('prepares the next example meeting, loaded with the samples at a date relative to today', async () => {
    const res = await get('/dashboard/Almelo/export/overleg.md');
    // 15 working days after Monday 14 September 2026.
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="overleg-almelo-2026-10-05.md"');
    expect(await res.text()).toContain('# Voorbereiding Bestuurlijk overleg prestatieafspraken (maandag 5 oktober 2026, 14:00)');
  });

  it('answers an unknown download or municipality with the Dutch page', async () => {
    const unknown = await get('/dashboard/Almelo/export/geheim.exe');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Niet gevonden');
    expect((await get('/dashboard/Atlantis/export/voortgang.csv')).status).toBe(404);
  });

  it('gives downloads only to whom may see the dashboard: not to a reporter or a guest', async () => {
    for (const cookie of [await ctx.session('sj-sanne'), '']) {
      const res = await fetch(`${ctx.url}/dashboard/Almelo/export/voortgang.xlsx`, { headers: { cookie } });
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it('shows the inbox time in Amsterdam time, in Dutch', async () => {
    await ctx.app.services.digests.send('Almelo', 'weekly', clock.now());
    const [message] = await ctx.inbox('almelo-coord');
    expect(message).toMatchObject({ kind: 'digest', when: 'maandag 14 september 2026, 10:00' });
  });
});

describe('a path nobody serves', () => {
  let ctx: Awaited<ReturnType<typeof startConsoleApp>>;
  beforeAll(async () => {
    ctx = await startConsoleApp(undefined, clock);
  });
  afterAll(async () => {
    await ctx.app.close();
    ctx.remove();
  });

  it('is the Dutch "Niet gevonden" page in a browser', async () => {
    const res = await fetch(`${ctx.url}/bestaat/niet`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<h1>Niet gevonden</h1>');
    expect(html).toContain('De pagina /bestaat/niet bestaat niet.');
  });

  it('stays JSON for API paths, other methods and callers that ask for JSON', async () => {
    for (const [path, init] of [
      ['/api/bestaat-niet', {}],
      ['/bestaat/niet', { headers: { accept: 'application/json' } }],
      ['/bestaat/niet', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin: ctx.url } }],
    ] as const) {
      const res = await fetch(`${ctx.url}${path}`, init);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'not_found', message: `Onbekend pad: ${path}` });
    }
  });
});
