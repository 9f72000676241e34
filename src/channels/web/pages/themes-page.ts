import type { Agreement } from '../../../core/agreement.js';
import { agreementHref, html } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';
import { kindBadge } from './agreement-parts.js';

interface Chapter {
  number: number | null;
  title: string;
  agreements: Agreement[];
}

/** Groups agreements by chapter or theme, in document order. */
export function groupByChapter(agreements: Agreement[]): Chapter[] {
  const chapters = new Map<string, Chapter>();
  for (const a of agreements) {
    const key = `${a.chapterNumber ?? ''}|${a.chapterTitle ?? ''}`;
    let chapter = chapters.get(key);
    if (!chapter) {
      chapter = { number: a.chapterNumber, title: a.chapterTitle ?? t.themes.noChapter, agreements: [] };
      chapters.set(key, chapter);
    }
    chapter.agreements.push(a);
  }
  return [...chapters.values()];
}

/** Per municipality the chapters/themes with their agreements. */
export function renderThemesPage(agreements: Agreement[]): string {
  const byMunicipality = new Map<string, Agreement[]>();
  for (const a of agreements) byMunicipality.set(a.municipality, [...(byMunicipality.get(a.municipality) ?? []), a]);
  const sections = [...byMunicipality.entries()].map(
    ([municipality, list]) => html`<section class="municipality" aria-labelledby="m-${slug(municipality)}">
  <h2 id="m-${slug(municipality)}">${municipality}</h2>
  ${groupByChapter(list).map(
    (ch) => html`<details class="card chapter" open>
    <summary><span class="chapter-title">${t.themes.chapter(ch.number, ch.title)}</span> <span class="muted small">${t.themes.count(ch.agreements.length)}</span></summary>
    <ul class="agreement-list">${ch.agreements.map(
      (a) => html`<li><span class="nr">${a.number}.</span><a href="${agreementHref(a.municipality, a.number)}">${a.title}</a>${kindBadge(a.kind)}</li>`,
    )}</ul>
  </details>`,
  )}
</section>`,
  );
  return renderLayout({
    title: t.themes.title,
    active: 'themes',
    body: html`<h1>${t.themes.title}</h1><p class="lead">${t.themes.intro}</p>${
      sections.length ? sections : html`<p class="card notice">${t.documents.empty}</p>`
    }`,
  });
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
