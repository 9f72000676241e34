import { roleLabel } from '../../../core/labels.js';
import type { Person, PersonRole } from '../../../core/people.js';
import { authTexts } from '../auth/texts.js';
import { GUEST_ID, type WebUser } from '../auth/web-auth.js';
import { html } from '../html.js';
import { renderLayout } from '../layout.js';
import { webTexts as t } from '../texts.js';

export { GUEST_ID };

/** "rapporteur Sint Joseph (Almelo)", "rapporteur Gemeente Almelo", "coördinator Almelo". */
function roleText(r: PersonRole): string {
  const named = r.party && r.municipality && r.party.toLowerCase().includes(r.municipality.toLowerCase());
  const where = r.party ? `${r.party}${r.municipality && !named ? ` (${r.municipality})` : ''}` : (r.municipality ?? '');
  return [roleLabel(r.role), where].filter(Boolean).join(' ');
}

/** The name in the picker, with what the person does. */
export function personLabel(p: Person): string {
  const roles = p.roles.map(roleText);
  return roles.length ? `${p.name} — ${roles.join('; ')}` : p.name;
}

/** Locally: the user picker (the choice is kept in the session). Signed in: who you are and "Afmelden". */
function renderWho(user: WebUser, people: Person[]) {
  if (user.via === 'oidc') {
    return html`<div class="who signed-in">
        <span>${authTexts.signedInAs} <strong id="signed-in-name">${user.person ? personLabel(user.person) : user.name}</strong></span>
        <button type="button" id="sign-out" class="secondary small">${authTexts.signOut}</button>
      </div>
      ${user.person ? '' : html`<p class="hint">${authTexts.guestNote}</p>`}`;
  }
  const options = people
    .filter((p): p is Person & { consoleId: string } => !!p.consoleId)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((p) => html`<option value="${p.consoleId}"${p.consoleId === user.userId ? html` selected` : ''}>${personLabel(p)}</option>`);
  return html`<div class="who">
        <label for="user">${t.chat.whoAreYou}</label>
        <select id="user" name="user" aria-describedby="who-hint">
          <option value="${GUEST_ID}">${t.guest}</option>
          ${options}
        </select>
      </div>
      <p id="who-hint" class="hint">${t.chat.whoHint}</p>`;
}

/** The chat page: who am I, the conversation, the composer and the inbox. The script does the talking. */
export function renderChatPage(input: { user: WebUser; people: Person[] }): string {
  const { user } = input;
  const examples = t.chat.examples.map((e) => html`<li><button type="button" class="chip" data-example="${e}">${e}</button></li>`);
  return renderLayout({
    title: t.chat.title,
    active: 'chat',
    script: true,
    wide: true,
    body: html`<div class="chat-layout" id="console" data-user="${user.userId}" data-via="${user.via}">
  <section class="chat-panel" aria-labelledby="chat-title">
    <div class="chat-head">
      <h1 id="chat-title">${t.chat.title}</h1>
      ${renderWho(user, input.people)}
    </div>
    <noscript><p class="notice">${t.chat.noScript}</p></noscript>
    <ol id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Gesprek">
      <li class="msg bot"><div class="bubble"><p>${t.chat.welcome}</p></div></li>
    </ol>
    <form id="composer" class="composer" autocomplete="off">
      <label class="sr-only" for="text">${t.chat.inputLabel}</label>
      <textarea id="text" name="text" rows="1" maxlength="4000" placeholder="${t.chat.placeholder}" required></textarea>
      <button type="submit" class="primary">${t.chat.send}</button>
    </form>
    <div class="examples"><span>${t.chat.examplesLabel}:</span><ul>${examples}</ul></div>
  </section>
  <aside class="inbox-panel" aria-labelledby="inbox-title">
    <div class="inbox-head">
      <h2 id="inbox-title">${t.chat.inbox} <span id="inbox-count" class="badge" hidden></span></h2>
      <button type="button" id="inbox-refresh" class="secondary small">${t.chat.refresh}</button>
    </div>
    <p class="hint">${t.chat.inboxHint}</p>
    <ol id="inbox" class="inbox" aria-live="polite"></ol>
  </aside>
</div>`,
  });
}
