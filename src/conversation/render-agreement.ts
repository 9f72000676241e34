import type { Agreement } from '../core/agreement.js';
import { KIND_LABELS } from '../core/labels.js';
import type { Reply } from '../core/messages.js';

/** One agreement in full, as a channel-neutral reply. */
export function renderAgreement(a: Agreement): Reply {
  const chapter = a.chapterTitle ? `${a.chapterNumber ? `Hoofdstuk ${a.chapterNumber}: ` : 'Thema: '}${a.chapterTitle}` : null;
  const period = a.period.from && a.period.to ? (a.period.from === a.period.to ? `${a.period.from}` : `${a.period.from} t/m ${a.period.to}`) : null;
  const lines = [
    [chapter, a.kind ? KIND_LABELS[a.kind].toLowerCase() : null].filter(Boolean).join(' · '),
    a.responsible.length ? `Regie op realisatie: ${a.responsible.join(', ')}` : null,
    '',
    a.multiYearText ? `*Afspraak${period ? ` ${period}` : ''}*\n${a.multiYearText}` : null,
    a.yearText ? `\n*Afspraak ${a.actionYear ?? 'dit jaar'}*\n${a.yearText}` : null,
    a.targets.length
      ? `\n*Doelen*\n${a.targets.map((t) => `• ${t.party}: ${t.approximate ? 'ca. ' : ''}${t.value} ${t.unit} ${t.verb}`).join('\n')}`
      : null,
  ].filter((l): l is string => l !== null);
  return {
    kind: 'agreement',
    title: `${a.municipality} ${a.number}. ${a.title}`,
    text: lines.join('\n').trim(),
    citations: [{ municipality: a.municipality, number: a.number, title: a.title, chapter: a.chapterTitle }],
  };
}
