/** What a coordinator reads in chat after sending a document: what was found, and where to check it. */
import type { Reply } from '../core/messages.js';
import { formatMoment, reviewPath, type DocumentReview, type UploadOutcome } from '../core/review.js';
import { reviewTexts as t } from './texts.js';

/** Agreements listed in chat; the console shows them all. */
const LISTED = 40;

const period = (p: { from: number | null; to: number | null }) =>
  p.from && p.to ? (p.from === p.to ? String(p.from) : `${p.from} t/m ${p.to}`) : p.from ? `vanaf ${p.from}` : p.to ? `t/m ${p.to}` : t.periodUnknown;

/** One line per agreement: number, title, theme and who has the lead, marked when a coordinator corrected it. */
export function agreementLines(review: DocumentReview, max = LISTED): string[] {
  const lines = review.agreements.slice(0, max).map(({ agreement: a, corrections }) => {
    const theme = a.chapterTitle ? ` [${a.chapterTitle}]` : '';
    const corrected = corrections.length ? ` (${t.corrected}: ${corrections.map((c) => t.fieldNames[c.field]).join(', ')})` : '';
    return `${a.number} · ${a.title}${theme} — ${a.responsible.join(', ') || t.noResponsible}${corrected}`;
  });
  if (review.agreements.length > max) lines.push(t.more(review.agreements.length - max));
  return lines;
}

/** The reply for one uploaded file: the document as stored (corrections applied) with a link to its review page. */
export function uploadReply(outcome: UploadOutcome, review: DocumentReview | null, opts: { publicUrl?: string; timeZone: string }): Reply {
  if (!outcome.ok) return { kind: 'error', text: outcome.error };
  const doc = review?.document;
  const status = t.status[outcome.status];
  const lines = [t.summary(period(doc?.period ?? { from: null, to: null }), outcome.agreements, status)];
  if (doc) lines.push(t.parties(doc.parties));
  if (outcome.warnings.length) lines.push(t.warnings(outcome.warnings));
  lines.push(review?.review ? t.reviewed(review.review.by.name, formatMoment(review.review.at, opts.timeZone)) : t.notReviewed);
  if (opts.publicUrl) lines.push(t.reviewLink(`${opts.publicUrl.replace(/\/+$/, '')}${reviewPath(outcome.municipality, outcome.title)}`));
  return {
    kind: 'document-upload',
    title: t.uploadedTitle(outcome.municipality, outcome.title),
    text: lines.join('\n'),
    list: review ? agreementLines(review) : undefined,
    data: { documentId: outcome.documentId, status: outcome.status, reviewed: !!review?.review },
  };
}
