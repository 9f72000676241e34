// Afsprakenbot console: uploading documents, correcting agreements and marking a document as reviewed.
// Every request is same-origin JSON (a file goes as base64), like the rest of the console; who you are
// comes from the session. Text from the server goes into the page through textContent only.

const T = {
  reading: (name) => `Bezig met ${name} inlezen…`,
  tooLarge: (name, limit) => `${name}: het bestand is groter dan de limiet van ${limit}. Er is niets ingelezen.`,
  done: (title, municipality, n) => `${municipality} — ${title}: ${n === 1 ? '1 afspraak' : `${n} afspraken`} ingelezen.`,
  open: 'Bekijk en controleer',
  failed: 'Dat lukte niet. Probeer het opnieuw.',
  network: 'De server is niet bereikbaar. Controleer of hij draait en probeer het opnieuw.',
  saving: 'Bezig met bewaren…',
};

async function postJson(path, body) {
  let res;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch {
    return { ok: false, message: T.network };
  }
  const data = await res.json().catch(() => ({}));
  return res.ok ? { ok: true, data } : { ok: false, message: data.message || T.failed };
}

/** A File as base64, without the data-URL prefix. */
function toBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function line(text, className) {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.textContent = text;
  return p;
}

function setupUpload(form) {
  const input = form.querySelector('input[type=file]');
  const result = document.getElementById('upload-result');
  const maxBytes = Number(form.dataset.maxBytes);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const files = [...input.files];
    if (!files.length) return;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    result.replaceChildren();
    const done = [];
    // One request per file keeps each body within the server's limit.
    for (const file of files) {
      if (file.size > maxBytes) {
        result.append(line(T.tooLarge(file.name, form.dataset.limit), 'form-error'));
        continue;
      }
      const status = line(T.reading(file.name), 'muted');
      result.append(status);
      const answer = await postJson('/api/console/documents', { name: file.name, base64: await toBase64(file) });
      status.remove();
      if (!answer.ok) {
        result.append(line(answer.message, 'form-error'));
        continue;
      }
      for (const o of answer.data.outcomes) {
        if (!o.ok) {
          result.append(line(o.error, 'form-error'));
          continue;
        }
        done.push(o);
        const p = line(T.done(o.title, o.municipality, o.agreements) + ' ');
        const a = document.createElement('a');
        a.href = o.reviewUrl;
        a.textContent = T.open;
        p.append(a);
        result.append(p);
      }
    }
    button.disabled = false;
    // One document and nothing went wrong: straight to its review page.
    if (done.length === 1 && files.length === 1) window.location.assign(done[0].reviewUrl);
  });
}

function setupCorrections() {
  for (const button of document.querySelectorAll('button[data-edit]')) {
    button.addEventListener('click', () => {
      const row = document.getElementById(`edit-${button.dataset.edit}`);
      row.hidden = !row.hidden;
      button.setAttribute('aria-expanded', String(!row.hidden));
      if (!row.hidden) row.querySelector('input')?.focus();
    });
  }
  for (const button of document.querySelectorAll('button[data-cancel]')) {
    button.addEventListener('click', () => {
      document.getElementById(`edit-${button.dataset.cancel}`).hidden = true;
    });
  }
  for (const form of document.querySelectorAll('form.correct-form')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const error = form.querySelector('.form-error');
      const fields = new FormData(form);
      const changes = {};
      for (const name of ['number', 'title', 'theme', 'kind', 'responsible']) changes[name] = String(fields.get(name) ?? '');
      error.textContent = T.saving;
      const answer = await postJson('/api/console/corrections', { agreementId: form.dataset.agreement, changes });
      if (answer.ok) window.location.reload();
      else error.textContent = answer.message;
    });
  }
}

function setupMarkReviewed(button) {
  const message = document.getElementById('review-message');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const answer = await postJson('/api/console/reviews', { documentId: button.dataset.document });
    if (answer.ok) window.location.reload();
    else {
      message.textContent = answer.message;
      button.disabled = false;
    }
  });
}

const upload = document.getElementById('upload-form');
if (upload) setupUpload(upload);
setupCorrections();
const mark = document.getElementById('mark-reviewed');
if (mark) setupMarkReviewed(mark);
