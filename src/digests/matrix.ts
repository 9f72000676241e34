/** The progress matrix for the console: agreements × parties down, quarters across, coloured by status. */
import type { Agreement } from '../core/agreement.js';
import { agreementsForYear, themeOf, type ReportRow } from './build-digest.js';
import { escapeHtml } from './render-html.js';
import { COLOUR_HEX, colourOf, statusFromStored, type Colour, type StatusLabel } from './statuses.js';

export interface MatrixFilter {
  party?: string;
  theme?: string;
  year?: number;
}

export interface MatrixCell {
  quarter: string;
  status: StatusLabel | null;
  colour: Colour;
  note: string | null;
  realised: number | null;
}

export interface ProgressMatrix {
  municipality: string;
  year: number;
  quarters: string[];
  /** Every party and theme of the year, for the filter menus (before filtering). */
  parties: string[];
  themes: string[];
  filter: MatrixFilter;
  rows: Array<{ number: string; title: string; theme: string; party: string; cells: MatrixCell[] }>;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function buildMatrix(municipality: string, agreements: Agreement[], reports: ReportRow[], year: number, filter: MatrixFilter = {}): ProgressMatrix {
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const list = agreementsForYear(agreements, year);
  const parties = new Map<string, string>();
  const themes = new Set<string>();
  const rows: ProgressMatrix['rows'] = [];
  for (const a of list) {
    const theme = themeOf(a);
    themes.add(theme);
    const names = [...a.responsible];
    for (const r of reports) if (r.number === a.number && !names.some((n) => same(n, r.party))) names.push(r.party);
    for (const party of names) {
      parties.set(party.toLowerCase(), party);
      if (filter.party && !same(filter.party, party)) continue;
      if (filter.theme && !same(filter.theme, theme)) continue;
      const cells = quarters.map((quarter): MatrixCell => {
        const r = reports.find((x) => x.quarter === quarter && x.number === a.number && same(x.party, party));
        const status = r ? statusFromStored(r.status) : null;
        return { quarter, status, colour: colourOf(status), note: r?.note ?? null, realised: r?.realised ?? null };
      });
      rows.push({ number: a.number, title: a.title, theme, party, cells });
    }
  }
  return { municipality, year, quarters, parties: [...parties.values()].sort(), themes: [...themes].sort(), filter, rows };
}

/** "Q3 2026" from "2026-Q3". */
export const quarterHeading = (quarter: string) => quarter.replace(/^(\d{4})-(Q\d)$/, '$2 $1');

/** The toelichtingen (and realised figures) of a row, per quarter, in a <details> that opens on click. */
function notesDetails(cells: MatrixCell[]): string {
  const items = cells
    .filter((c) => c.note || c.realised !== null)
    .map((c) => {
      const head = `${quarterHeading(c.quarter)}${c.status ? ` · ${c.status}` : ''}`;
      const realised = c.realised !== null ? ` <span class="matrix-realised">(gerealiseerd: ${escapeHtml(String(c.realised))})</span>` : '';
      return `<li><strong>${escapeHtml(head)}:</strong> ${c.note ? escapeHtml(c.note) : ''}${realised}</li>`;
    });
  if (items.length === 0) return '';
  return `<details class="matrix-notes"><summary>Toelichting (${items.length})</summary><ul>${items.join('')}</ul></details>`;
}

/**
 * An HTML fragment (table with filter form); the console mounts it inside its layout. Each row links to its
 * agreement (when `agreementHref` is given) and opens to show the toelichtingen per quarter.
 */
export function renderMatrixHtml(m: ProgressMatrix, options: { action?: string; agreementHref?: (number: string) => string } = {}): string {
  const opt = (values: string[], selected: string | undefined) =>
    ['<option value="">Alle</option>', ...values.map((v) => `<option${selected && same(selected, v) ? ' selected' : ''}>${escapeHtml(v)}</option>`)].join('');
  const form =
    `<form class="matrix-filter" method="get" action="${escapeHtml(options.action ?? '')}">` +
    `<label>Partij <select name="party">${opt(m.parties, m.filter.party)}</select></label> ` +
    `<label>Thema <select name="theme">${opt(m.themes, m.filter.theme)}</select></label> ` +
    `<label>Jaar <input name="year" type="number" value="${m.year}" min="2000" max="2100"></label> ` +
    `<button type="submit">Toon</button></form>`;
  const head = `<tr><th>Nr</th><th>Afspraak</th><th>Thema</th><th>Partij</th>${m.quarters.map((q) => `<th>${escapeHtml(quarterHeading(q))}</th>`).join('')}</tr>`;
  const body = m.rows
    .map((r) => {
      const cells = r.cells
        .map((c) => {
          const label = c.status ?? '—';
          const tip = [c.status, c.note, c.realised !== null ? `gerealiseerd: ${c.realised}` : null].filter(Boolean).join(' — ');
          const style = c.status ? ` style="background:${COLOUR_HEX[c.colour]};color:#fff"` : '';
          return `<td class="status status-${c.colour}"${style}${tip ? ` title="${escapeHtml(tip)}"` : ''}>${escapeHtml(label)}</td>`;
        })
        .join('');
      const title = options.agreementHref ? `<a href="${escapeHtml(options.agreementHref(r.number))}">${escapeHtml(r.title)}</a>` : escapeHtml(r.title);
      return `<tr><td>${escapeHtml(r.number)}</td><td>${title}${notesDetails(r.cells)}</td><td>${escapeHtml(r.theme)}</td><td>${escapeHtml(r.party)}</td>${cells}</tr>`;
    })
    .join('\n');
  const empty = m.rows.length === 0 ? '<p class="matrix-empty">Geen afspraken voor deze selectie.</p>' : '';
  return `<section class="progress-matrix" data-municipality="${escapeHtml(m.municipality)}">${form}${empty}<table class="matrix"><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
}
