import { html } from '../html.js';
import { renderLayout, type NavKey } from '../layout.js';
import { webTexts as t } from '../texts.js';

/** A Dutch 404 page with a way back. */
export function renderNotFoundPage(message: string, active: NavKey = null): string {
  return renderLayout({
    title: t.notFound.title,
    active,
    body: html`<section class="card notice">
  <h1>${t.notFound.title}</h1>
  <p>${message}</p>
  <p class="links"><a href="/agreements">${t.notFound.browse}</a> · <a href="/">${t.notFound.back}</a></p>
</section>`,
  });
}

/** A Dutch 500 page; the details go to the log, not the browser. */
export function renderErrorPage(text: string = t.error.text): string {
  return renderLayout({
    title: t.error.title,
    active: null,
    body: html`<section class="card notice"><h1>${t.error.title}</h1><p>${text}</p><p><a href="/">${t.notFound.back}</a></p></section>`,
  });
}
