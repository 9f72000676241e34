import { html, trusted, type SafeHtml } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';

/** A file the dashboard offers for download. */
export interface DashboardFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

/** Renders progress HTML for the console (implemented by digests/). Its output is our own, trusted HTML. */
export interface DashboardRenderer {
  matrixHtml(municipality: string, filters: { party?: string; theme?: string; year?: number }): Promise<string>;
  digestPreviewHtml(municipality: string, kind: 'weekly' | 'meeting'): Promise<string>;
  municipalities(): Promise<string[]>;
  /** A download by name ("voortgang.xlsx", "weekoverzicht.pdf"); null for a name it does not know. */
  exportFile?(municipality: string, name: string, filters: DashboardFilters): Promise<DashboardFile | null>;
}

/** URL of a dashboard download, keeping the filters of the page. */
export function exportHref(municipality: string, name: string, filters: DashboardFilters = {}): string {
  const query = new URLSearchParams();
  if (filters.party) query.set('party', filters.party);
  if (filters.theme) query.set('theme', filters.theme);
  if (filters.year) query.set('year', String(filters.year));
  const qs = query.toString();
  return `/dashboard/${encodeURIComponent(municipality)}/export/${name}${qs ? `?${qs}` : ''}`;
}

/** "Downloaden: CSV · Excel" as links that save a file. */
function downloads(municipality: string, files: Array<{ name: string; label: string }>, filters: DashboardFilters = {}): SafeHtml {
  return html`<p class="downloads"><span>${t.dashboard.download}:</span> ${files.map(
    (f, i) => html`${i ? ' · ' : ''}<a class="download" href="${exportHref(municipality, f.name, filters)}" download>${f.label}</a>`,
  )}</p>`;
}

export interface DashboardFilters {
  party?: string;
  theme?: string;
  year?: number;
}

/** Reads the filter form from the query string; empty or bad values mean "no filter". */
export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  const filters: DashboardFilters = {};
  const party = params.get('party')?.trim();
  const theme = params.get('theme')?.trim();
  const year = Number(params.get('year'));
  if (party) filters.party = party;
  if (theme) filters.theme = theme;
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filters.year = year;
  return filters;
}

/** Shown when no dashboard renderer is wired in. */
export function renderDashboardUnavailable(): string {
  return renderLayout({
    title: t.dashboard.title,
    active: 'dashboard',
    body: html`<h1>${t.dashboard.title}</h1><p class="card notice">${t.dashboard.unavailable}</p>`,
  });
}

/** The municipality picker at /dashboard: the municipalities the user coordinates; below it the sending overview, for admins. */
export function renderDashboardIndex(municipalities: string[], anyExist = municipalities.length > 0, delivery?: SafeHtml | null): string {
  return renderLayout({
    title: t.dashboard.title,
    active: 'dashboard',
    body: html`<h1>${t.dashboard.title}</h1>${delivery ?? ''}${
      municipalities.length
        ? html`<p>${t.dashboard.pick}</p><ul class="tiles">${municipalities.map(
            (m) => html`<li><a class="tile" href="/dashboard/${encodeURIComponent(m)}">${m}</a></li>`,
          )}</ul>`
        : html`<p class="card notice">${anyExist ? t.dashboard.coordinatorsOnly : t.dashboard.noMunicipalities}</p>`
    }`,
  });
}

/** A municipality the user does not coordinate. */
export function renderDashboardForbidden(municipality: string): string {
  return renderLayout({
    title: t.dashboard.title,
    active: 'dashboard',
    body: html`<h1>${t.dashboard.titleFor(municipality)}</h1><p class="card notice">${t.dashboard.forbidden(municipality)}</p>`,
  });
}

/** One municipality's dashboard: filter form, progress matrix and digest previews. */
export function renderDashboardPage(input: {
  municipality: string;
  municipalities: string[];
  filters: DashboardFilters;
  parties: string[];
  themes: string[];
  matrix: string | null;
  weekly: string | null;
  meeting: string | null;
  /** Failed and waiting sends (all municipalities), when known. */
  delivery?: SafeHtml | null;
  /** Whether the download links are offered (the renderer can make files). */
  exports?: boolean;
}): string {
  const { municipality, filters } = input;
  const part = (content: string | null): SafeHtml => (content === null ? html`<p class="notice">${t.dashboard.failed}</p>` : trusted(content));
  const select = (name: string, label: string, values: string[], current: string | undefined) => html`<div class="field">
    <label for="d-${name}">${label}</label>
    <select id="d-${name}" name="${name}"><option value="">${t.dashboard.all}</option>${values.map(
      (v) => html`<option value="${v}"${v === current ? html` selected` : ''}>${v}</option>`,
    )}</select>
  </div>`;
  return renderLayout({
    title: t.dashboard.titleFor(municipality),
    active: 'dashboard',
    wide: true,
    body: html`<h1>${t.dashboard.titleFor(municipality)}</h1>
${
  input.municipalities.length > 1
    ? html`<nav class="subnav" aria-label="Gemeenten"><ul>${input.municipalities.map(
        (m) => html`<li><a href="/dashboard/${encodeURIComponent(m)}"${m === municipality ? html` aria-current="page"` : ''}>${m}</a></li>`,
      )}</ul></nav>`
    : ''
}
${
  // The matrix renderer may bring its own filter form; then ours would only be a second one.
  input.matrix?.includes('<form')
    ? ''
    : html`<form class="filters card" method="get" action="/dashboard/${encodeURIComponent(municipality)}">
  ${select('party', t.dashboard.party, input.parties, filters.party)}
  ${select('theme', t.dashboard.theme, input.themes, filters.theme)}
  <div class="field"><label for="d-year">${t.dashboard.year}</label><input id="d-year" name="year" type="number" min="2000" max="2100" inputmode="numeric" value="${filters.year ?? ''}"></div>
  <div class="field actions"><button type="submit" class="primary">${t.dashboard.apply}</button></div>
</form>`
}
<section class="card dashboard-part" aria-labelledby="matrix-title"><h2 id="matrix-title">${t.dashboard.matrix}</h2>${
      input.exports ? downloads(municipality, t.dashboard.matrixFiles, filters) : ''
    }<div class="rendered">${part(input.matrix)}</div></section>
<div class="digest-previews">
  <section class="card dashboard-part" aria-labelledby="weekly-title"><h2 id="weekly-title">${t.dashboard.weekly}</h2>${
    input.exports ? downloads(municipality, t.dashboard.digestFiles('weekoverzicht')) : ''
  }<div class="rendered">${part(input.weekly)}</div></section>
  <section class="card dashboard-part" aria-labelledby="meeting-title"><h2 id="meeting-title">${t.dashboard.meeting}</h2>${
    input.exports ? downloads(municipality, t.dashboard.digestFiles('overleg')) : ''
  }<div class="rendered">${part(input.meeting)}</div></section>
</div>
${input.delivery ?? ''}`,
  });
}
