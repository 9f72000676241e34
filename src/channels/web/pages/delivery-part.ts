/** The dashboard's "Verzending" section: how many messages went out, and every send that failed or waits for a retry. */
import { localDateTime } from '../../../core/calendar.js';
import type { OutboxProblem } from '../../../core/outbox.js';
import { html, type SafeHtml } from '../html.js';
import { webTexts as t } from '../texts.js';

/** What the dashboard shows about sending (implemented over the outbox). */
export interface DeliveryOverview {
  counts: Record<string, number>;
  problems: OutboxProblem[];
}

export function renderDeliveryPart(d: DeliveryOverview, timeZone?: string): SafeHtml {
  const c = t.delivery;
  const when = (at: Date | null) => (at ? localDateTime(at, timeZone) : c.soon);
  const rows = d.problems.map(
    (p) => html`<tr>
  <td data-label="${c.state}">${p.status === 'failed' ? c.failed : c.retryAt(when(p.nextAttemptAt))}</td>
  <td data-label="${c.recipient}">${p.channel} ${p.recipient}</td>
  <td data-label="${c.kind}">${p.kind}</td>
  <td data-label="${c.attempts}" class="num">${p.attempts}</td>
  <td data-label="${c.reason}">${p.error ?? ''}</td>
  <td data-label="${c.since}">${localDateTime(p.createdAt, timeZone)}</td>
</tr>`,
  );
  return html`<section class="card dashboard-part" aria-labelledby="delivery-title"><h2 id="delivery-title">${c.title}</h2>
<p>${c.summary(d.counts.sent ?? 0, d.counts.pending ?? 0, d.counts.failed ?? 0)}</p>
${
  rows.length
    ? html`<div class="table-wrap"><table class="table stack">
  <thead><tr><th scope="col">${c.state}</th><th scope="col">${c.recipient}</th><th scope="col">${c.kind}</th><th scope="col" class="num">${c.attempts}</th><th scope="col">${c.reason}</th><th scope="col">${c.since}</th></tr></thead>
  <tbody>${rows}</tbody>
</table></div>`
    : html`<p class="notice">${c.allSent}</p>`
}</section>`;
}
