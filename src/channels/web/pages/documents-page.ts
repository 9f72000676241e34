import type { StoredDocument } from '../../../core/agreement.js';
import { formatPeriod, html } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';

/** All stored documents with their period, action year, agreement count and extraction warnings. */
export function renderDocumentsPage(documents: StoredDocument[]): string {
  const c = t.documents.columns;
  const rows = documents.map(
    (d) => html`<tr>
  <td data-label="${c.municipality}"><a href="/agreements?municipality=${encodeURIComponent(d.municipality)}">${d.municipality}</a></td>
  <td data-label="${c.title}">${d.title}<div class="muted small">${c.source}: ${d.sourceName} (${d.format})</div></td>
  <td data-label="${c.period}">${formatPeriod(d.period) ?? '—'}</td>
  <td data-label="${c.actionYear}">${d.actionYear ?? '—'}</td>
  <td data-label="${c.count}" class="num">${d.agreementCount}</td>
  <td data-label="${c.warnings}">${
    d.warnings.length
      ? html`<details class="warnings"><summary>${d.warnings.length === 1 ? '1 waarschuwing' : `${d.warnings.length} waarschuwingen`}</summary><ul>${d.warnings.map((w) => html`<li>${w}</li>`)}</ul></details>`
      : html`<span class="muted">${t.documents.noWarnings}</span>`
  }</td>
</tr>`,
  );
  const body = documents.length
    ? html`<div class="table-wrap"><table class="table stack">
  <thead><tr><th scope="col">${c.municipality}</th><th scope="col">${c.title}</th><th scope="col">${c.period}</th><th scope="col">${c.actionYear}</th><th scope="col" class="num">${c.count}</th><th scope="col">${c.warnings}</th></tr></thead>
  <tbody>${rows}</tbody>
</table></div>`
    : html`<p class="card notice">${t.documents.empty}</p>`;
  return renderLayout({
    title: t.documents.title,
    active: 'documents',
    body: html`<h1>${t.documents.title}</h1><p class="lead">${t.documents.intro}</p>${body}`,
  });
}
