import type { Agreement } from '../../../core/agreement.js';
import { formatPeriod, html } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';
import { kindBadge, textBlock } from './agreement-parts.js';

/** One agreement in full: chapter/theme, kind, responsible parties, multi-year and this-year text, targets. */
export function renderAgreementPage(a: Agreement): string {
  const period = formatPeriod(a.period);
  const c = t.agreement.targetColumns;
  // A document without a yearly programme has no this-year text: show only what is there (at least one block).
  const showYear = a.yearText.trim() !== '' || a.actionYear !== null;
  const showMulti = a.multiYearText.trim() !== '' || !showYear;
  return renderLayout({
    title: `${a.municipality} ${a.number}. ${a.title}`,
    active: 'agreements',
    body: html`<nav class="crumbs" aria-label="Kruimelpad"><a href="/agreements?municipality=${encodeURIComponent(a.municipality)}">${t.agreement.back(a.municipality)}</a></nav>
<article class="agreement">
  <header class="agreement-head">
    <p class="eyebrow">${a.municipality} · afspraak ${a.number}</p>
    <h1>${a.title}</h1>
    <dl class="facts">
      <div><dt>${t.agreement.chapter}</dt><dd>${a.chapterTitle ? `${a.chapterNumber ? `Hoofdstuk ${a.chapterNumber}: ` : ''}${a.chapterTitle}` : '—'}</dd></div>
      <div><dt>${t.agreement.kind}</dt><dd>${a.kind ? kindBadge(a.kind) : '—'}</dd></div>
      <div><dt>${t.agreement.responsible}</dt><dd>${a.responsible.length ? html`<ul class="inline">${a.responsible.map((r) => html`<li>${r}</li>`)}</ul>` : '—'}</dd></div>
      <div><dt>${t.agreement.period}</dt><dd>${period ?? '—'}${a.actionYear ? ` · actieprogramma ${a.actionYear}` : ''}</dd></div>
    </dl>
  </header>
  <div class="agreement-texts${showMulti && showYear ? '' : ' single'}">
    ${showMulti ? html`<section class="card" aria-labelledby="multi"><h2 id="multi">${t.agreement.multiYear(period)}</h2>${textBlock(a.multiYearText)}</section>` : ''}
    ${showYear ? html`<section class="card highlight" aria-labelledby="year"><h2 id="year">${t.agreement.thisYear(a.actionYear)}</h2>${textBlock(a.yearText)}</section>` : ''}
  </div>
  ${
    a.targets.length
      ? html`<section class="card" aria-labelledby="targets"><h2 id="targets">${t.agreement.targets}</h2>
    <div class="table-wrap"><table class="table stack">
      <thead><tr><th scope="col">${c.party}</th><th scope="col" class="num">${c.value}</th><th scope="col">${c.unit}</th><th scope="col">${c.verb}</th><th scope="col">${c.sentence}</th></tr></thead>
      <tbody>${a.targets.map(
        (g) => html`<tr><td data-label="${c.party}">${g.party}</td><td data-label="${c.value}" class="num">${g.approximate ? `${t.agreement.approx} ` : ''}${g.value}</td><td data-label="${c.unit}">${g.unit}</td><td data-label="${c.verb}">${g.verb}</td><td data-label="${c.sentence}" class="muted">${g.sentence}</td></tr>`,
      )}</tbody>
    </table></div></section>`
      : ''
  }
  ${
    a.originalText.trim()
      ? html`<details class="card original"><summary>${t.agreement.original}</summary>${textBlock(a.originalText)}</details>`
      : ''
  }
</article>`,
  });
}
