import { authTexts as t } from '../auth/texts.js';
import { html } from '../html.js';
import { renderLayout } from '../layout.js';

/** "Meld je aan": a link to the provider (no script), returning to the page that was asked for. */
export function renderSignInPage(returnTo: string): string {
  return renderLayout({
    title: t.signInTitle,
    active: null,
    nav: false,
    body: html`<section class="card sign-in">
  <h1>${t.signInTitle}</h1>
  <p>${t.signInIntro}</p>
  <p><a class="button primary" id="sign-in" href="/auth/login?terug=${encodeURIComponent(returnTo)}">${t.signInButton}</a></p>
</section>`,
  });
}

/** Production without sign-in: the console stays closed and says what to configure. */
export function renderClosedPage(): string {
  return renderLayout({
    title: t.closedTitle,
    active: null,
    nav: false,
    body: html`<section class="card notice">
  <h1>${t.closedTitle}</h1>
  <p>${t.closedIntro}</p>
  <p>${t.closedHow}</p>
  <dl class="settings">${t.closedSettings.map(([name, what]) => html`<dt><code>${name}</code></dt><dd>${what}</dd>`)}</dl>
  <p>${t.closedMore}</p>
</section>`,
  });
}

/** The local user picker asked for from another computer. */
export function renderLocalOnlyPage(): string {
  return renderLayout({
    title: t.localOnlyTitle,
    active: null,
    nav: false,
    body: html`<section class="card notice"><h1>${t.localOnlyTitle}</h1><p>${t.localOnlyIntro}</p></section>`,
  });
}

/** A sign-in that went wrong, with the reason and a way to try again. */
export function renderSignInFailedPage(reason: string): string {
  return renderLayout({
    title: t.failedTitle,
    active: null,
    nav: false,
    body: html`<section class="card notice"><h1>${t.failedTitle}</h1><p>${t.failed(reason)}</p><p><a href="/auth/login">${t.failedRetry}</a></p></section>`,
  });
}
