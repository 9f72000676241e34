import type { Agreement } from '../../../core/agreement.js';
import { agreementHref, html } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';
import { kindBadge } from './agreement-parts.js';

/** Lower case without accents, so "geïnformeerd" matches "geinformeerd". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Agreements whose title, chapter, responsible parties or texts contain every word of the query. */
export function filterAgreements(agreements: Agreement[], query: string): Agreement[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return agreements;
  return agreements.filter((a) => {
    const hay = fold([a.number, a.title, a.chapterTitle ?? '', a.responsible.join(' '), a.multiYearText, a.yearText].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

/** The agreement list with a municipality select and a free-text filter. */
export function renderAgreementListPage(input: { agreements: Agreement[]; municipalities: string[]; municipality: string; q: string; notice?: string }): string {
  const { agreements, municipalities, municipality, q } = input;
  const c = t.agreements.columns;
  const showMunicipality = !municipality;
  const rows = agreements.map(
    (a) => html`<tr>
  <td data-label="${c.number}" class="num">${showMunicipality ? html`<span class="muted">${a.municipality}</span> ` : ''}${a.number}</td>
  <td data-label="${c.title}"><a href="${agreementHref(a.municipality, a.number)}">${a.title}</a></td>
  <td data-label="${c.theme}">${a.chapterTitle ? `${a.chapterNumber ? `${a.chapterNumber}. ` : ''}${a.chapterTitle}` : '—'}</td>
  <td data-label="${c.kind}">${a.kind ? kindBadge(a.kind) : '—'}</td>
  <td data-label="${c.responsible}">${a.responsible.join(', ') || '—'}</td>
</tr>`,
  );
  return renderLayout({
    title: municipality ? `${t.agreements.title} ${municipality}` : t.agreements.title,
    active: 'agreements',
    body: html`<h1>${t.agreements.title}${municipality ? ` ${municipality}` : ''}</h1>
<form class="filters card" method="get" action="/agreements" role="search">
  <div class="field">
    <label for="f-municipality">${t.agreements.municipality}</label>
    <select id="f-municipality" name="municipality">
      <option value="">${t.agreements.allMunicipalities}</option>
      ${municipalities.map((m) => html`<option value="${m}"${m === municipality ? html` selected` : ''}>${m}</option>`)}
    </select>
  </div>
  <div class="field grow">
    <label for="f-q">${t.agreements.search}</label>
    <input id="f-q" name="q" type="search" value="${q}" placeholder="bijv. verkoop, zonnepanelen, Beter Wonen">
  </div>
  <div class="field actions">
    <button type="submit" class="primary">${t.agreements.filter}</button>
    ${municipality || q ? html`<a class="button secondary" href="/agreements">${t.agreements.reset}</a>` : ''}
  </div>
</form>
${input.notice ? html`<p class="card notice">${input.notice}</p>` : ''}
<p class="muted" role="status">${t.agreements.results(agreements.length)}</p>
${
  agreements.length
    ? html`<div class="table-wrap"><table class="table stack">
  <thead><tr><th scope="col" class="num">${c.number}</th><th scope="col">${c.title}</th><th scope="col">${c.theme}</th><th scope="col">${c.kind}</th><th scope="col">${c.responsible}</th></tr></thead>
  <tbody>${rows}</tbody>
</table></div>`
    : html`<p class="card notice">${t.agreements.none}</p>`
}`,
  });
}
