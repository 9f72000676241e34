import type { Agreement } from '../../core/agreement.js';
import type { IngestOutcome } from '../../app/ingest-files.js';

export const out = (text = '') => process.stdout.write(text + '\n');
export const err = (text: string) => process.stderr.write(text + '\n');
export const printJson = (value: unknown) => out(JSON.stringify(value, null, 2));

/** What `ingest` found in a document: municipality, title, period, parties, every agreement and the warnings. */
export function formatIngestOutcome(o: IngestOutcome): string {
  if (!o.ok) return `✗ ${o.error}`;
  const { from, to } = o.period;
  const period = from && to ? (from === to ? `${from}` : `${from} t/m ${to}`) : 'periode onbekend';
  const status = { created: 'nieuw', replaced: 'vervangen (nieuwe versie)', unchanged: 'ongewijzigd' }[o.status];
  const lines = [
    `✓ ${o.municipality} — ${o.title}`,
    `  periode: ${period}${o.actionYear ? `, actiejaar ${o.actionYear}` : ''}; ${o.agreements} afspraken; ${status}`,
    `  partijen: ${o.parties.join(', ') || '—'}`,
    ...o.agreementList.map((a) => `  ${a.number.padStart(5)}  ${a.title}${a.theme ? ` [${a.theme}]` : ''} — ${a.responsible.join(', ') || 'geen verantwoordelijke'}`),
    ...o.warnings.map((w) => `  ! ${w}`),
  ];
  return lines.join('\n');
}

export function formatAgreementLine(a: Agreement): string {
  const theme = a.chapterTitle ? ` [${a.chapterNumber ? `H${a.chapterNumber} ` : ''}${a.chapterTitle}]` : '';
  return `${a.municipality} ${String(a.number).padStart(3)}  ${a.title}${theme} — ${a.responsible.join(', ') || 'geen regie'}`;
}
