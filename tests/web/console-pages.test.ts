import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardRenderer } from '../../src/channels/web/web-console.js';
import { personLabel } from '../../src/channels/web/pages/chat-page.js';
import { startTestConsole } from './test-console.js';

type Console = Awaited<ReturnType<typeof startTestConsole>>;
let app: Console;
const calls: unknown[] = [];

const dashboard = {
  async matrixHtml(municipality, filters) {
    calls.push({ municipality, filters });
    return `<table class="matrix"><caption>Matrix ${municipality}</caption></table>`;
  },
  async digestPreviewHtml(municipality, kind) {
    if (kind === 'meeting') throw new Error('geen overleg gepland');
    return `<section class="digest">Weekdigest ${municipality}</section>`;
  },
  async municipalities() {
    return ['Almelo', 'Almere'];
  },
} satisfies DashboardRenderer;

beforeAll(async () => {
  app = await startTestConsole({ dashboard });
});
afterAll(async () => {
  await app?.close();
});

async function get(path: string, cookie = '') {
  const res = await fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
}

describe('chat page', () => {
  it('offers the console users from the directory plus a guest, escaped', async () => {
    const { status, html } = await get('/');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<option value="gast">');
    expect(html).toContain('<option value="anna">Anna de Vries — rapporteur Sint Joseph (Almelo)</option>');
    expect(html).toContain('Bram &lt;Bakker&gt; — coördinator Almelo');
    expect(html).toContain('Bram &lt;Bakker&gt;');
    expect(html).not.toContain('Carla');
    expect(html).toContain('<script type="module" src="/assets/console.js"></script>');
  });

  it('names a municipality once when the party already carries it', () => {
    const gert = { id: 'g', name: 'Gert Smit', email: null, slackUserId: null, teamsUserId: null, consoleId: 'gert' };
    expect(personLabel({ ...gert, roles: [{ role: 'reporter', municipality: 'Almelo', party: 'Gemeente Almelo' }] })).toBe('Gert Smit — rapporteur Gemeente Almelo');
    expect(personLabel({ ...gert, roles: [{ role: 'admin', municipality: null, party: null }] })).toBe('Gert Smit — beheerder');
  });

  it('serves the script and stylesheet, and nothing else from /assets', async () => {
    expect((await get('/assets/console.js')).type).toMatch(/javascript/);
    expect((await get('/assets/console.css')).type).toMatch(/text\/css/);
    expect((await get('/assets/../web-console.ts')).status).toBe(404);
    expect((await get('/assets/secret.txt')).status).toBe(404);
  });
});

describe('browse pages', () => {
  it('lists documents with period, action year, agreement count and warnings', async () => {
    const { html } = await get('/documents');
    expect(html).toContain('Prestatieafspraken 2022 t/m 2026 — Actieprogramma 2026');
    expect(html).toContain('2022 t/m 2026');
    expect(html).toMatch(/data-label="Afspraken" class="num">3</);
    expect(html).toContain('Afspraak 9: geen regie op realisatie gevonden');
    expect(html).toContain('aria-current="page">Documenten');
  });

  it('groups agreements per municipality and chapter on the themes page', async () => {
    const { html } = await get('/themes');
    expect(html).toContain('Hoofdstuk 2: Evenwichtige en gevarieerde woningvoorraad');
    expect(html).toContain('href="/agreements/Almelo/7"');
    expect(html).toContain('>Betaalbaarheid<');
  });

  it('filters the agreement list by municipality and words, ignoring accents', async () => {
    const { html } = await get('/agreements?municipality=almelo&q=geinvesteerd');
    expect(html).toContain('1 afspraak gevonden');
    expect(html).toContain('Verkoop van huurwoningen');
    expect(html).toContain('<option value="Almelo" selected>');
    const all = await get('/agreements');
    expect(all.html).toContain('4 afspraken gevonden');
  });

  it('shows one agreement in full with its targets', async () => {
    const { status, html } = await get('/agreements/Almelo/7');
    expect(status).toBe(200);
    expect(html).toContain('<h1>Verkoop van huurwoningen</h1>');
    expect(html).toContain('Hoofdstuk 2: Evenwichtige en gevarieerde woningvoorraad');
    expect(html).toContain('Reguliere afspraak');
    expect(html).toContain('Afspraak 2022 t/m 2026');
    expect(html).toContain('Afspraak 2026');
    expect(html).toMatch(/ca\. 22<\/td>/);
    expect(html).toContain('<li>Sint Joseph</li>');
  });

  it('leaves out the this-year block for a multi-year document without yearly programme', async () => {
    const { html } = await get('/agreements/Almere/3');
    expect(html).toContain('Afspraak 2025 t/m 2029');
    expect(html).not.toContain('Afspraak dit jaar');
  });

  it('escapes HTML from the data', async () => {
    const { html } = await get('/agreements/Almelo/9');
    expect(html).toContain('Huur &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; zonnepanelen');
    expect(html).toContain('Zonnepanelen op &lt;b&gt;alle&lt;/b&gt; daken.');
    expect(html).not.toContain('<script>alert');
  });

  it('answers an unknown agreement with a Dutch 404 page', async () => {
    const { status, type, html } = await get('/agreements/Almelo/99');
    expect(status).toBe(404);
    expect(type).toMatch(/text\/html/);
    expect(html).toContain('Afspraak 99 van Almelo bestaat niet (of is niet ingelezen).');
    expect(html).toContain('<h1>Niet gevonden</h1>');
  });

  it('says so when the asked municipality is unknown, and still lists all agreements', async () => {
    const { status, html } = await get('/agreements?municipality=Zwolle');
    expect(status).toBe(200);
    expect(html).toContain('Ik ken geen gemeente &quot;Zwolle&quot;.');
    expect(html).toContain('4 afspraken gevonden');
  });

  it('accepts a trailing slash and answers unknown sub-pages with a Dutch 404 page', async () => {
    expect((await get('/documents/')).status).toBe(200);
    const unknown = await get('/themes/onbekend');
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('De pagina /themes/onbekend bestaat niet.');
  });

  it('answers a malformed agreement path with a 404 page, not an error', async () => {
    expect((await get('/agreements/Almelo/abc')).status).toBe(404);
    expect((await get('/agreements/%E0%A4%A/1')).status).toBe(404);
    expect((await get('/agreements/Almelo/7/extra')).status).toBe(404);
  });
});

describe('dashboard page', () => {
  /** Bram coordinates Almelo. */
  let bram = '';
  beforeAll(async () => {
    bram = await app.signIn('bram');
  });

  it('mounts the matrix with the chosen filters and a failing preview does not break the page', async () => {
    const { status, html } = await get('/dashboard/almelo?party=Sint+Joseph&theme=&year=2026', bram);
    expect(status).toBe(200);
    expect(html).toContain('<caption>Matrix Almelo</caption>');
    expect(html).toContain('Weekdigest Almelo');
    expect(html).toContain('Dit onderdeel kon niet worden getoond');
    expect(html).toContain('<option value="Sint Joseph" selected>');
    expect(calls.at(-1)).toEqual({ municipality: 'Almelo', filters: { party: 'Sint Joseph', year: 2026 } });
  });

  it('leaves the filtering to the matrix when it brings its own filter form', async () => {
    const withForm = await app.variant({
      dashboard: { ...dashboard, matrixHtml: async () => '<form class="matrix-filter" method="get"><select name="party"></select></form><table></table>' },
    });
    try {
      const html = await (await fetch(`${withForm.url}/dashboard/Almelo`, { headers: { cookie: bram } })).text();
      expect(html.match(/<form/g)).toHaveLength(1);
      expect(html).toContain('class="matrix-filter"');
    } finally {
      await withForm.close();
    }
  });

  it('lets a coordinator pick their municipality and 404s an unknown one', async () => {
    const index = (await get('/dashboard', bram)).html;
    expect(index).toContain('href="/dashboard/Almelo"');
    expect(index).not.toContain('href="/dashboard/Almere"');
    const unknown = await get('/dashboard/Zwolle', bram);
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('Ik ken geen gemeente &quot;Zwolle&quot;.');
  });

  it('shows progress and digests only to coordinators of that municipality', async () => {
    const anna = await app.signIn('anna');
    const reporter = await get('/dashboard/Almelo', anna);
    expect(reporter.status).toBe(403);
    expect(reporter.html).toContain('Alleen coördinatoren van Almelo (en beheerders) zien de voortgang');
    expect(reporter.html).not.toContain('Matrix Almelo');
    expect((await get('/dashboard/Almelo')).status).toBe(403);
    const other = await get('/dashboard/Almere', bram);
    expect(other.status).toBe(403);
    expect(other.html).not.toContain('Weekdigest Almere');
    expect((await get('/dashboard', anna)).html).toContain('je hebt die rol bij geen enkele gemeente');
  });

  it('says "nog niet beschikbaar" when no dashboard is wired', async () => {
    const bare = await app.variant({});
    try {
      const html = await (await fetch(`${bare.url}/dashboard/Almelo`, { headers: { cookie: bram } })).text();
      expect(html).toContain('nog niet beschikbaar');
    } finally {
      await bare.close();
    }
  });
});
