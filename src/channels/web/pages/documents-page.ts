import type { DocumentReviewSummary } from '../../../core/review.js';
import { reviewPath } from '../../../core/review.js';
import { formatPeriod, html } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';

export interface DocumentsPageOptions {
  /** Shows the upload field (coordinators and admins); the server checks the role again. */
  upload?: { maxBytes: number; limitLabel: string };
  /** The review column and links (when the review service is there). */
  withReview?: boolean;
}

/** The upload form; the script sends each file as JSON (the console only accepts same-origin JSON). */
function uploadForm(o: NonNullable<DocumentsPageOptions['upload']>) {
  const u = t.documents.upload;
  return html`<section class="card upload" aria-labelledby="upload-title">
  <h2 id="upload-title">${u.title}</h2>
  <form id="upload-form" class="filters" data-max-bytes="${o.maxBytes}" data-limit="${o.limitLabel}">
    <div class="field grow">
      <label for="upload-file">${u.label}</label>
      <input id="upload-file" name="file" type="file" multiple required accept=".txt,.text,.md,.markdown,.html,.htm,.pdf,.docx">
    </div>
    <div class="field actions"><button type="submit" class="primary">${u.button}</button></div>
  </form>
  <p class="hint">${u.hint(o.limitLabel)}</p>
  <noscript><p class="hint">${u.noScript}</p></noscript>
  <div id="upload-result" role="status" aria-live="polite"></div>
</section>`;
}

/** All stored documents with their period, action year, agreement count, warnings and review state. */
export function renderDocumentsPage(documents: DocumentReviewSummary[], options: DocumentsPageOptions = {}): string {
  const c = t.documents.columns;
  const withReview = options.withReview !== false;
  const rows = documents.map(
    ({ document: d, review, corrections }) => html`<tr>
  <td data-label="${c.municipality}"><a href="/agreements?municipality=${encodeURIComponent(d.municipality)}">${d.municipality}</a></td>
  <td data-label="${c.title}">${withReview ? html`<a href="${reviewPath(d.municipality, d.title)}">${d.title}</a>` : d.title}<div class="muted small">${c.source}: ${d.sourceName} (${d.format})</div></td>
  <td data-label="${c.period}">${formatPeriod(d.period) ?? '—'}</td>
  <td data-label="${c.actionYear}">${d.actionYear ?? '—'}</td>
  <td data-label="${c.count}" class="num">${d.agreementCount}</td>
  ${
    withReview
      ? html`<td data-label="${c.review}">${
          review ? html`<span class="tag tag-reviewed">${t.documents.reviewed}</span>` : html`<span class="tag tag-unreviewed">${t.documents.notReviewed}</span>`
        }${corrections ? html`<div class="muted small">${t.documents.corrections(corrections)}</div>` : ''}<div class="small"><a href="${reviewPath(d.municipality, d.title)}">${t.documents.open}</a></div></td>`
      : ''
  }
  <td data-label="${c.warnings}">${
    d.warnings.length
      ? html`<details class="warnings"><summary>${d.warnings.length === 1 ? '1 waarschuwing' : `${d.warnings.length} waarschuwingen`}</summary><ul>${d.warnings.map((w) => html`<li>${w}</li>`)}</ul></details>`
      : html`<span class="muted">${t.documents.noWarnings}</span>`
  }</td>
</tr>`,
  );
  const table = documents.length
    ? html`<div class="table-wrap"><table class="table stack">
  <thead><tr><th scope="col">${c.municipality}</th><th scope="col">${c.title}</th><th scope="col">${c.period}</th><th scope="col">${c.actionYear}</th><th scope="col" class="num">${c.count}</th>${withReview ? html`<th scope="col">${c.review}</th>` : ''}<th scope="col">${c.warnings}</th></tr></thead>
  <tbody>${rows}</tbody>
</table></div>`
    : html`<p class="card notice">${t.documents.empty}</p>`;
  return renderLayout({
    title: t.documents.title,
    active: 'documents',
    body: html`<h1>${t.documents.title}</h1><p class="lead">${t.documents.intro}</p>${options.upload ? uploadForm(options.upload) : ''}${table}`,
    scripts: options.upload ? ['review.js'] : [],
  });
}
