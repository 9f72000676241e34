import { stripMarkup } from '../analysis/normalise.js';
import { labelOf } from '../answer.js';
import { MONTHS } from './compose-topic.js';
import type { IndexedAgreement } from '../index/segment.js';
import type { AgreementField } from '../question/reference.js';
import { QA_TEXTS, type Lang } from '../texts.js';

const clean = (s: string) => stripMarkup(s).replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim();

/** One agreement in full: heading, responsible parties, the multi-year and this year's text. */
export function composeAgreement(a: IndexedAgreement, lang: Lang): string {
  const t = QA_TEXTS[lang];
  const lines = [t.agreementHeading(labelOf(a), a.title, a.chapterTitle)];
  if (a.responsible.length) lines.push(t.regie(a.responsible));
  if (a.multiYearText.trim()) lines.push('', t.multiYear(a.period.from, a.period.to), clean(a.multiYearText));
  if (a.yearText.trim()) lines.push('', t.yearPart(a.actionYear), clean(a.yearText));
  return lines.join('\n');
}

/** One field of an agreement ("wie is trekker van afspraak 12?"); the whole agreement for 'text'. */
const TIMING = new RegExp(String.raw`\b(?:Q[1-4]|kwartaal|${MONTHS}|uiterlijk|gereed|planning|wanneer|deadline|medio|halverwege)\b`, 'i');

/** The first sentence or line of the agreement that says when: a planning cell or a date in the text. */
function timingSentence(a: IndexedAgreement): string | null {
  const parts = `${a.yearText}\n${a.multiYearText}`.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u).map((x) => x.trim());
  return parts.find((x) => x && TIMING.test(x) && x.length <= 300) ?? null;
}

export function composeField(a: IndexedAgreement, field: AgreementField, lang: Lang): string {
  const t = QA_TEXTS[lang];
  const label = labelOf(a);
  switch (field) {
    case 'responsible':
      return t.responsible(label, a.title, a.responsible);
    case 'period': {
      // "Wanneer moet 1.2 gereed zijn?": the agreement's own timing (a planning column, "uiterlijk juli 2025")
      // says more than the document's period.
      const timing = timingSentence(a);
      const period = t.period(label, a.title, a.period.from, a.period.to, a.actionYear);
      return timing ? `${timing}\n\n${period}` : period;
    }
    case 'title':
      return t.title(label, a.title);
    case 'theme':
      return t.theme(label, a.title, a.chapterTitle);
    case 'text':
      return composeAgreement(a, lang);
  }
}
