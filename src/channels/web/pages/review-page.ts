import type { AgreementKind } from '../../../core/agreement.js';
import { AGREEMENT_KINDS } from '../../../core/labels.js';
import { formatMoment, type AgreementFields, type CorrectableField, type DocumentReview, type FieldCorrection, type ReviewedAgreement } from '../../../core/review.js';
import { agreementHref, formatPeriod, html, type SafeHtml } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts } from '../texts.js';
import { kindBadge } from './agreement-parts.js';

const t = webTexts.review;

/** A field's value as the page shows it. */
function shown(field: CorrectableField, value: AgreementFields[CorrectableField]): string {
  if (field === 'kind') return value ? (webTexts.kinds[value as AgreementKind] ?? String(value)) : t.kindNone;
  if (field === 'responsible') return (value as string[]).join(', ') || t.nothing;
  return (value as string | null) || t.nothing;
}

/** The value of a cell, and when a coordinator corrected it: a mark with who, when and what was found. */
function cell(r: ReviewedAgreement, field: CorrectableField, value: SafeHtml | string, timeZone: string): SafeHtml {
  const c = r.corrections.find((x): x is FieldCorrection => x.field === field);
  if (!c) return html`${value}`;
  return html`<span class="corrected-value">${value}</span> <span class="tag tag-corrected">${t.corrected}</span>
<div class="muted small correction-note">${t.correctedBy(c.by.name, formatMoment(c.at, timeZone), shown(field, r.extracted[field]))}</div>`;
}

/** The correction form of one agreement, hidden until its "Corrigeer" button is pressed (needs the script). */
function editRow(r: ReviewedAgreement): SafeHtml {
  const a = r.agreement;
  const f = t.fields;
  const id = a.id;
  return html`<tr class="edit-row" id="edit-${id}" hidden><td colspan="6">
  <form class="correct-form" data-agreement="${id}" aria-label="${t.editTitle(a.number)}">
    <div class="field"><label for="n-${id}">${f.number}</label><input id="n-${id}" name="number" value="${a.number}" required maxlength="20"></div>
    <div class="field grow"><label for="t-${id}">${f.title}</label><input id="t-${id}" name="title" value="${a.title}" required maxlength="300"></div>
    <div class="field grow"><label for="h-${id}">${f.theme}</label><input id="h-${id}" name="theme" value="${a.chapterTitle ?? ''}" maxlength="200"></div>
    <div class="field"><label for="k-${id}">${f.kind}</label><select id="k-${id}" name="kind">
      <option value=""${a.kind ? '' : html` selected`}>${t.kindNone}</option>
      ${AGREEMENT_KINDS.map((k) => html`<option value="${k}"${a.kind === k ? html` selected` : ''}>${webTexts.kinds[k]}</option>`)}
    </select></div>
    <div class="field grow"><label for="r-${id}">${f.responsible}</label><input id="r-${id}" name="responsible" value="${a.responsible.join(', ')}" maxlength="2000"></div>
    <div class="field actions"><button type="submit" class="primary">${t.save}</button><button type="button" class="ghost" data-cancel="${id}">${t.cancel}</button></div>
    <p class="form-error" role="alert"></p>
  </form>
</td></tr>`;
}

/**
 * The review page of one document: what the extractor found (number, title, theme, kind, parties per
 * agreement; period, parties and warnings), which fields coordinators corrected, and for coordinators of
 * its municipality the correction forms and "mark as reviewed".
 */
export function renderReviewPage(review: DocumentReview, opts: { canEdit: boolean; timeZone: string }): string {
  const { document: d } = review;
  const tz = opts.timeZone;
  const c = t.columns;
  const rows = review.agreements.map((r) => {
    const a = r.agreement;
    return html`<tr data-agreement="${a.id}" class="${r.corrections.length ? 'has-corrections' : ''}">
  <td data-label="${c.number}" class="num">${cell(r, 'number', html`<a href="${agreementHref(a.municipality, a.number)}">${a.number}</a>`, tz)}</td>
  <td data-label="${c.title}">${cell(r, 'title', a.title, tz)}</td>
  <td data-label="${c.theme}">${cell(r, 'theme', a.chapterTitle ?? t.nothing, tz)}</td>
  <td data-label="${c.kind}">${cell(r, 'kind', a.kind ? kindBadge(a.kind) : t.nothing, tz)}</td>
  <td data-label="${c.responsible}">${cell(r, 'responsible', a.responsible.join(', ') || t.nothing, tz)}</td>
  ${opts.canEdit ? html`<td data-label="${c.edit}"><button type="button" class="small secondary" data-edit="${a.id}" aria-controls="edit-${a.id}">${t.edit}</button></td>` : ''}
</tr>${opts.canEdit ? editRow(r) : ''}`;
  });
  const status = review.review
    ? html`<p class="review-state reviewed"><span class="tag tag-reviewed">${webTexts.documents.reviewed}</span> ${t.reviewedBy(review.review.by.name, formatMoment(review.review.at, tz))}</p>`
    : html`<p class="review-state unreviewed"><span class="tag tag-unreviewed">${webTexts.documents.notReviewed}</span> ${t.notReviewed}</p>${
        review.earlierReview ? html`<p class="muted small">${t.earlier(review.earlierReview.by.name, formatMoment(review.earlierReview.at, tz))}</p>` : ''
      }`;
  const f = t.facts;
  const body = html`<nav class="crumbs" aria-label="Kruimelpad"><a href="/documents">${t.back}</a></nav>
<header class="agreement-head">
  <p class="eyebrow">${d.municipality}</p>
  <h1>${d.title}</h1>
  <p class="muted small">${t.source(d.sourceName, d.format, formatMoment(d.ingestedAt, tz))}</p>
</header>
<section class="card review-status" aria-live="polite">
  ${status}
  ${
    opts.canEdit
      ? html`<p><button type="button" id="mark-reviewed" class="${review.review ? 'secondary' : 'primary'}" data-document="${d.id}">${review.review ? t.markAgain : t.markReviewed}</button></p>`
      : html`<p class="muted small">${t.coordinatorsOnly(d.municipality)}</p>`
  }
  <p id="review-message" class="form-error" role="alert"></p>
</section>
<dl class="facts">
  <div><dt>${f.period}</dt><dd>${formatPeriod(d.period) ?? t.nothing}</dd></div>
  <div><dt>${f.actionYear}</dt><dd>${d.actionYear ?? t.nothing}</dd></div>
  <div><dt>${f.count}</dt><dd>${d.agreementCount}</dd></div>
  <div><dt>${f.parties}</dt><dd>${d.parties.length ? html`<ul class="inline">${d.parties.map((p) => html`<li>${p}</li>`)}</ul>` : t.nothing}</dd></div>
</dl>
${d.warnings.length ? html`<section class="card notice" aria-labelledby="warnings"><h2 id="warnings">${f.warnings}</h2><ul>${d.warnings.map((w) => html`<li>${w}</li>`)}</ul></section>` : ''}
${
  review.agreements.length
    ? html`<div class="table-wrap"><table class="table stack review-table">
  <thead><tr><th scope="col" class="num">${c.number}</th><th scope="col">${c.title}</th><th scope="col">${c.theme}</th><th scope="col">${c.kind}</th><th scope="col">${c.responsible}</th>${opts.canEdit ? html`<th scope="col"><span class="sr-only">${c.edit}</span></th>` : ''}</tr></thead>
  <tbody>${rows}</tbody>
</table></div>`
    : html`<p class="card notice">${t.none}</p>`
}
${
  review.unmatched.length
    ? html`<section class="card" aria-labelledby="unmatched"><h2 id="unmatched">${t.unmatchedTitle}</h2><p class="muted">${t.unmatchedIntro}</p><ul>${review.unmatched.map(
        (u) => html`<li>${t.unmatchedLine(u.sourceNumber, u.sourceTitle, t.fields[u.field], u.by.name, formatMoment(u.at, tz))}</li>`,
      )}</ul></section>`
    : ''
}`;
  return renderLayout({ title: `${d.municipality} — ${d.title}`, active: 'documents', body, wide: true, scripts: ['review.js'] });
}
