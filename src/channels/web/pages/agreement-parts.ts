import type { AgreementKind } from '../../../core/agreement.js';
import { html, type SafeHtml } from '../html.js';
import { webTexts as t } from '../texts.js';

/** A small label for focus / regular agreements. */
export function kindBadge(kind: AgreementKind | null): SafeHtml {
  if (!kind) return html``;
  return html`<span class="tag tag-${kind}">${t.kinds[kind] ?? kind}</span>`;
}

/** Agreement text as paragraphs and bullet lists; line breaks in the source are kept. */
export function textBlock(text: string): SafeHtml {
  const trimmed = text.trim();
  if (!trimmed) return html`<p class="muted">${t.agreement.empty}</p>`;
  // Text from a PDF table keeps its bullets inline ("aan: ➤ Een … ; ➤ Het …"): give each its own line.
  const blocks = trimmed.replace(/\s+([•➤▪])\s+/g, '\n$1 ').split(/\n\s*\n/);
  return html`${blocks.map((block) => {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const bullet = /^[-•*·▪➤]\s+/;
    if (lines.length > 1 && lines.every((l) => bullet.test(l))) {
      return html`<ul>${lines.map((l) => html`<li>${l.replace(bullet, '')}</li>`)}</ul>`;
    }
    const first = lines.findIndex((l) => bullet.test(l));
    if (first > 0 && lines.slice(first).every((l) => bullet.test(l))) {
      return html`<p>${lines.slice(0, first).join(' ')}</p><ul>${lines.slice(first).map((l) => html`<li>${l.replace(bullet, '')}</li>`)}</ul>`;
    }
    return html`<p>${lines.map((l, i) => (i ? html`<br>${l}` : l))}</p>`;
  })}`;
}
