// Afsprakenbot web console: talks to /api/console/messages and shows the inbox. No framework, no build step.
// Every piece of text from the server goes into the page through textContent; only `html` of a reply
// (digests rendered by our own code) is inserted as HTML. Who you are lives in the server's session
// (sign-in, or the local user picker): requests never name a user.

const T = {
  thinking: 'Even denken…',
  you: 'Jij',
  bot: 'Afsprakenbot',
  sources: 'Bronnen',
  networkError: 'De bot is niet bereikbaar. Controleer of de server draait en probeer het opnieuw.',
  signedOut: 'Je bent niet (meer) aangemeld. Vernieuw de pagina om je aan te melden.',
  nowTalkingAs: (name) => `Je praat nu als ${name}.`,
  inboxEmpty: 'Geen berichten.',
  inboxError: 'Het postvak kon niet worden geladen.',
  answer: 'Antwoord',
  agreement: (c) => `${c.municipality} ${c.number}. ${c.title}`,
  kinds: {
    prompt: 'Uitvraag',
    reminder: 'Herinnering',
    digest: 'Digest',
    escalation: 'Escalatie',
    form: 'Formulier',
    meeting: 'Overleg',
    // The kinds the progress service and the notifier record (src/progress): shown in Dutch, not as ids.
    'progress-prompt': 'Uitvraag voortgang',
    'progress-reminder': 'Herinnering',
    'progress-escalation': 'Escalatie',
    'progress-unreachable': 'Niet bereikt',
  },
  tryCommand: 'Zet in het invoerveld',
  download: 'Downloaden',
  digestFiles: [
    ['md', 'Markdown'],
    ['html', 'HTML'],
    ['pdf', 'PDF'],
  ],
};

const STORAGE_LOG = 'afsprakenbot.gesprek.';
const MAX_LOG = 80;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** Bold (*x*), code (`x`) and links inside one line of bot text. */
function appendInline(parent, text, onCode) {
  const re = /(`[^`\n]+`|\*[^*\n]+\*|https?:\/\/[^\s)]+)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parent.append(text.slice(last, m.index));
    const token = m[0];
    if (token.startsWith('`')) {
      const code = token.slice(1, -1);
      parent.append(
        onCode
          ? el('button', { type: 'button', class: 'code-link', title: T.tryCommand, onclick: () => onCode(code) }, el('code', { text: code }))
          : el('code', { text: code }),
      );
    } else if (token.startsWith('*')) parent.append(el('strong', { text: token.slice(1, -1) }));
    else parent.append(el('a', { href: token, rel: 'noopener', target: '_blank', text: token }));
    last = m.index + token.length;
  }
  if (last < text.length) parent.append(text.slice(last));
}

/** Bot text as paragraphs and bullet lists. */
function formatText(text, onCode) {
  const frag = document.createDocumentFragment();
  let para = null;
  let list = null;
  for (const raw of String(text ?? '').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      para = null;
      list = null;
      continue;
    }
    const bullet = /^\s*[•\-–]\s+(.*)$/.exec(line);
    if (bullet) {
      if (!list) frag.append((list = el('ul')));
      para = null;
      const li = el('li');
      appendInline(li, bullet[1], onCode);
      list.append(li);
    } else {
      list = null;
      if (!para) frag.append((para = el('p')));
      else para.append(el('br'));
      appendInline(para, line.trim(), onCode);
    }
  }
  return frag;
}

const agreementHref = (c) => `/agreements/${encodeURIComponent(c.municipality)}/${encodeURIComponent(String(c.number))}`;

function renderCitations(citations) {
  if (!Array.isArray(citations) || citations.length === 0) return null;
  return el(
    'div',
    { class: 'citations' },
    el('p', { class: 'citations-title', text: T.sources }),
    el(
      'ul',
      {},
      ...citations.map((c) =>
        el(
          'li',
          {},
          el('a', { href: agreementHref(c), class: 'citation', text: T.agreement(c) }),
          c.chapter ? el('span', { class: 'muted small', text: ` · ${c.chapter}` }) : null,
          c.passage ? el('blockquote', { text: c.passage.length > 280 ? `${c.passage.slice(0, 277)}…` : c.passage }) : null,
        ),
      ),
    ),
  );
}

function start(root) {
  const userSelect = document.getElementById('user');
  const signOut = document.getElementById('sign-out');
  const log = document.getElementById('log');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const inbox = document.getElementById('inbox');
  const inboxCount = document.getElementById('inbox-count');
  const welcome = log.innerHTML;
  let busy = false;
  let history = [];

  const user = () => root.dataset.user || '';
  const userName = () => userSelect?.selectedOptions[0]?.textContent?.split(' — ')[0] ?? user();

  // JSON with the same-origin headers the server requires for every change.
  const postJson = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body) });

  // --- who am I: the local picker keeps the choice in the server's session ---
  if (userSelect) {
    userSelect.addEventListener('change', async () => {
      const previous = user();
      try {
        const res = await postJson('/api/console/session', { user: userSelect.value });
        const body = await res.json().catch(() => ({}));
        if (!res.ok) throw new Error(body.message || T.networkError);
        root.dataset.user = body.user;
        restoreHistory();
        addEntry({ type: 'note', text: T.nowTalkingAs(userName()) });
        loadInbox();
      } catch (err) {
        userSelect.value = previous;
        addEntry({ type: 'error', text: err.message || T.networkError });
      }
    });
  }
  if (signOut) {
    signOut.addEventListener('click', async () => {
      await postJson('/auth/logout', {}).catch(() => undefined);
      location.assign('/');
    });
  }

  // --- conversation history, kept per user for this tab so the way back from an agreement page keeps it ---
  function saveHistory() {
    try {
      sessionStorage.setItem(STORAGE_LOG + user(), JSON.stringify(history.slice(-MAX_LOG)));
    } catch {
      // Storage full or blocked: the conversation still works, it is only not kept.
    }
  }
  function restoreHistory() {
    log.innerHTML = welcome;
    try {
      history = JSON.parse(sessionStorage.getItem(STORAGE_LOG + user()) || '[]');
    } catch {
      history = [];
    }
    for (const entry of history) log.append(renderEntry(entry));
    scrollToEnd();
  }
  function addEntry(entry) {
    history.push(entry);
    saveHistory();
    const node = renderEntry(entry);
    log.append(node);
    scrollToEnd();
    return node;
  }
  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function renderEntry(entry) {
    if (entry.type === 'note') return el('li', { class: 'msg note' }, el('p', { text: entry.text }));
    if (entry.type === 'user') return el('li', { class: 'msg user' }, el('span', { class: 'sr-only', text: `${T.you}: ` }), el('div', { class: 'bubble', text: entry.text }));
    if (entry.type === 'error') return el('li', { class: 'msg bot error' }, el('div', { class: 'bubble', role: 'alert', text: entry.text }));
    return renderReply(entry.reply, entry);
  }

  // --- replies ---
  function renderReply(reply, entry, where = 'chat') {
    const bubble = el('div', { class: 'bubble' });
    if (reply.title) bubble.append(el('p', { class: 'reply-title', text: reply.title }));
    if (typeof reply.html === 'string' && reply.html) {
      const rich = el('div', { class: 'rich' });
      rich.innerHTML = reply.html; // produced by our own digest renderers
      bubble.append(rich);
    } else bubble.append(formatText(reply.text, putInComposer));
    if (Array.isArray(reply.list) && reply.list.length) bubble.append(el('ul', {}, ...reply.list.map((i) => el('li', { text: String(i) }))));
    const citations = renderCitations(reply.citations);
    if (citations) bubble.append(citations);
    const files = reply.kind === 'digest' ? renderDigestDownloads(reply.data) : null;
    if (files) bubble.append(files);
    // Text and number fields always show (the form's note and number questions come with "Terug" buttons);
    // choice fields only without buttons, which would offer the same choices twice.
    const inputs = Array.isArray(reply.inputs) ? reply.inputs.filter((f) => f.type !== 'choice' || !(reply.actions ?? []).length) : [];
    if (inputs.length) bubble.append(renderInputs(inputs, entry));
    if (Array.isArray(reply.actions) && reply.actions.length) bubble.append(renderActions(reply.actions, entry, where));
    return el('li', { class: `msg bot kind-${String(reply.kind || 'message').replace(/[^a-z-]/gi, '')}` }, el('span', { class: 'sr-only', text: `${T.bot}: ` }), bubble);
  }

  /** Links that save a digest as Markdown, HTML or PDF (built fresh by the dashboard's download route). */
  function renderDigestDownloads(digest) {
    if (!digest || typeof digest.municipality !== 'string' || (digest.kind !== 'weekly' && digest.kind !== 'meeting')) return null;
    const base = `/dashboard/${encodeURIComponent(digest.municipality)}/export/${digest.kind === 'meeting' ? 'overleg' : 'weekoverzicht'}`;
    const links = T.digestFiles.flatMap(([ext, label], i) => [...(i ? [' · '] : []), el('a', { class: 'download', href: `${base}.${ext}`, download: '', text: label })]);
    return el('p', { class: 'downloads' }, el('span', { text: `${T.download}: ` }), ...links);
  }

  function renderActions(actions, entry, where) {
    const group = el('div', { class: 'actions', role: 'group' });
    const buttons = actions.map((a) => {
      const feedback = /^feedback:/.test(a.id);
      const button = el('button', {
        type: 'button',
        class: `action ${a.style === 'primary' ? 'primary' : a.style === 'danger' ? 'danger' : feedback ? 'ghost' : 'secondary'}`,
        'data-action': a.id,
        'aria-pressed': entry?.pressed === a.id ? 'true' : null,
        disabled: entry?.pressed ? true : null,
        text: a.label,
      });
      button.addEventListener('click', () => {
        if (busy) return;
        if (where === 'chat' && entry) {
          entry.pressed = a.id;
          saveHistory();
        }
        for (const b of buttons) b.disabled = true;
        button.setAttribute('aria-pressed', 'true');
        send(a.value !== undefined ? { action: { id: a.id, value: a.value } } : { action: a.id }, a.label);
      });
      return button;
    });
    group.append(...buttons);
    return group;
  }

  /** Form fields of a reply: choices as buttons, text and numbers as a small form; the composer works too. */
  function renderInputs(inputs, entry) {
    const box = el('div', { class: 'inputs' });
    for (const field of inputs) {
      if (field.type === 'choice' && Array.isArray(field.choices)) {
        const buttons = field.choices.map((c) =>
          el('button', {
            type: 'button',
            class: 'action secondary',
            disabled: entry?.pressed ? true : null,
            text: c.label,
            onclick: () => {
              if (busy) return;
              if (entry) {
                entry.pressed = c.value;
                saveHistory();
              }
              for (const b of buttons) b.disabled = true;
              send({ text: c.value }, c.label);
            },
          }),
        );
        box.append(el('p', { class: 'input-label', text: field.label }), el('div', { class: 'actions', role: 'group', 'aria-label': field.label }, ...buttons));
      } else {
        const id = `in-${Math.random().toString(36).slice(2)}`;
        const answered = entry?.pressed ? true : null;
        // An earlier answer (this quarter's or last quarter's) is filled in, ready to keep or change.
        const field_ = el('input', {
          id,
          type: field.type === 'number' ? 'number' : 'text',
          inputmode: field.type === 'number' ? 'decimal' : null,
          required: field.required ? true : null,
          disabled: answered,
          value: typeof field.value === 'string' ? field.value : null,
        });
        const submit = el('button', { type: 'submit', class: 'secondary', text: T.answer, disabled: answered });
        const small = el(
          'form',
          {
            class: 'inline-form',
            onsubmit: (e) => {
              e.preventDefault();
              const value = field_.value.trim();
              if (!value || busy) return;
              // Answered once, like a pressed button: a later submit would answer whatever question is current.
              if (entry) {
                entry.pressed = `input:${field.id}`;
                saveHistory();
              }
              field_.disabled = true;
              submit.disabled = true;
              send({ text: value }, value);
            },
          },
          el('label', { for: id, text: field.label }),
          field_,
          submit,
        );
        box.append(small);
      }
    }
    return box;
  }

  function putInComposer(text) {
    input.value = text;
    autoGrow();
    input.focus();
  }

  // --- talking to the server ---
  async function send(payload, echo) {
    if (busy) return;
    busy = true;
    root.classList.add('busy');
    if (echo) addEntry({ type: 'user', text: echo });
    const pending = el('li', { class: 'msg bot pending', 'aria-busy': 'true' }, el('div', { class: 'bubble' }, el('span', { class: 'dots', 'aria-hidden': 'true' }), T.thinking));
    log.append(pending);
    scrollToEnd();
    try {
      const res = await postJson('/api/console/messages', payload);
      const body = await res.json().catch(() => ({}));
      pending.remove();
      if (res.status === 401) addEntry({ type: 'error', text: body.message || T.signedOut });
      else if (!res.ok) addEntry({ type: 'error', text: body.message || T.networkError });
      else {
        const nodes = (body.replies ?? []).map((reply) => addEntry({ type: 'reply', reply }));
        // A new form question supersedes the fields of earlier ones: typed there, an answer would go to
        // whatever question is current.
        if ((body.replies ?? []).some((r) => String(r.kind ?? '').startsWith('form'))) {
          for (const f of log.querySelectorAll('form.inline-form')) {
            if (nodes.some((n) => n && n.contains(f))) continue;
            for (const c of f.querySelectorAll('input, button')) c.disabled = true;
          }
        }
        // A long answer is read from its start: keep its first line in view rather than its buttons.
        const first = nodes[0];
        if (first && log.scrollHeight - first.offsetTop > log.clientHeight) log.scrollTop = Math.max(0, first.offsetTop - 56);
      }
    } catch {
      pending.remove();
      addEntry({ type: 'error', text: T.networkError });
    } finally {
      busy = false;
      root.classList.remove('busy');
      input.focus();
      loadInbox();
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    autoGrow();
    send({ text }, text);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  function autoGrow() {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
  }
  input.addEventListener('input', autoGrow);

  for (const chip of document.querySelectorAll('[data-example]')) {
    chip.addEventListener('click', () => {
      if (busy) return;
      send({ text: chip.dataset.example }, chip.dataset.example);
    });
  }

  // --- inbox ---
  let inboxRequest = 0;
  async function loadInbox() {
    const request = ++inboxRequest;
    try {
      const res = await fetch('/api/console/inbox', { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const body = await res.json();
      if (request === inboxRequest) renderInbox(body.messages ?? []);
    } catch {
      if (request === inboxRequest) inbox.replaceChildren(el('li', { class: 'notice', text: T.inboxError }));
    }
  }
  function renderInbox(messages) {
    inboxCount.hidden = messages.length === 0;
    inboxCount.textContent = String(messages.length);
    if (!messages.length) {
      inbox.replaceChildren(el('li', { class: 'muted empty', text: T.inboxEmpty }));
      return;
    }
    inbox.replaceChildren(
      ...messages.map((m) => {
        const replies = Array.isArray(m.payload?.replies) && m.payload.replies.length ? m.payload.replies : [{ text: m.text }];
        // The server writes the time in the bot's time zone, not the browser's.
        const when = typeof m.when === 'string' ? m.when : '';
        const body = el('div', { class: 'inbox-body' });
        for (const r of replies) {
          const reply = r.rich?.html ? { ...r, html: r.rich.html } : r;
          body.append(...renderReply(reply, null, 'inbox').querySelector('.bubble').childNodes);
        }
        return el(
          'li',
          { class: `inbox-item kind-${String(m.kind || '').replace(/[^a-z-]/gi, '')}` },
          el('p', { class: 'inbox-meta' }, el('span', { class: 'tag', text: T.kinds[m.kind] ?? m.kind ?? '' }), el('time', { datetime: m.createdAt ?? '', text: when })),
          body,
        );
      }),
    );
  }
  document.getElementById('inbox-refresh').addEventListener('click', loadInbox);
  setInterval(() => {
    if (document.visibilityState === 'visible' && !busy) loadInbox();
  }, 30_000);

  restoreHistory();
  loadInbox();
}

// Started last, so every helper above is initialised.
const consoleRoot = document.getElementById('console');
if (consoleRoot) start(consoleRoot);
