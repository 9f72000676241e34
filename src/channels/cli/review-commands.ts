/**
 * Reviewing from the command line: `documents`, `document <gemeente> [--title T]` (what was found, with
 * the corrections), `document reviewed …` and `agreement edit <gemeente> <nummer> --title …`. Whoever runs
 * the CLI holds the database (like `ingest`); `--as <wie>` acts as a person from the directory instead,
 * with that person's role checked.
 */
import os from 'node:os';
import { parseAgreementNumber } from '../../core/agreement.js';
import type { Person } from '../../core/people.js';
import { formatMoment, type Actor, type DocumentReview, type DocumentReviewSummary } from '../../core/review.js';
import type { App } from '../../main.js';
import type { CliOptions } from './args.js';
import { out, printJson } from './output.js';
import { UsageError } from './usage-error.js';

const FIELD_NAMES = { number: 'nummer', title: 'titel', theme: 'thema', kind: 'soort', responsible: 'regie' } as const;

const period = (p: { from: number | null; to: number | null }) => (p.from && p.to ? (p.from === p.to ? `${p.from}` : `${p.from} t/m ${p.to}`) : 'periode onbekend');

/** The operator at this computer, as recorded with a correction or review. */
function operator(): Actor {
  const name = (() => {
    try {
      return os.userInfo().username;
    } catch {
      return 'onbekend';
    }
  })();
  return { id: `cli:${name}`, name: `${name} (CLI)` };
}

async function personFor(app: App, who: string): Promise<Person> {
  const person = await app.services.directory.findByIdentifier(who.trim());
  if (!person) throw new UsageError(`"${who}" staat niet in de directory (gebruik een console-id, e-mailadres of Slack-id).`);
  return person;
}

/** The document meant by a municipality and an optional title: the only one, or the one with that title. */
async function pickDocument(app: App, municipality: string, title: string | undefined): Promise<DocumentReviewSummary> {
  const all = (await app.services.reviews.listDocuments()).filter((d) => d.document.municipality.toLowerCase() === municipality.trim().toLowerCase());
  if (all.length === 0) throw new UsageError(`Geen documenten van ${municipality}. Lees ze in met: npx afsprakenbot ingest <bestand>`);
  const wanted = title ? all.filter((d) => d.document.title.toLowerCase() === title.trim().toLowerCase()) : all;
  if (wanted.length === 1) return wanted[0]!;
  const titles = all.map((d) => `  "${d.document.title}"`).join('\n');
  throw new UsageError(title ? `${municipality} heeft geen document "${title}". Wel:\n${titles}` : `${municipality} heeft meer documenten; kies er een met --title:\n${titles}`);
}

/** What was found in a document, with corrections marked: the same as the console's review page. */
export function formatReview(review: DocumentReview, timeZone: string): string {
  const d = review.document;
  const status = review.review
    ? `gecontroleerd door ${review.review.by.name} op ${formatMoment(review.review.at, timeZone)}`
    : `NOG NIET GECONTROLEERD${review.earlierReview ? ` (een eerdere versie wel, door ${review.earlierReview.by.name})` : ''}`;
  const lines = [
    `${d.municipality} — ${d.title}`,
    `  periode: ${period(d.period)}${d.actionYear ? `, actiejaar ${d.actionYear}` : ''}; ${d.agreementCount} afspraken; bron: ${d.sourceName}`,
    `  partijen: ${d.parties.join(', ') || '—'}`,
    `  status: ${status}`,
    ...review.agreements.map(({ agreement: a, corrections }) => {
      const theme = a.chapterTitle ? ` [${a.chapterTitle}]` : '';
      const kind = a.kind ? ` (${a.kind})` : '';
      const mark = corrections.length ? `  * gecorrigeerd: ${corrections.map((c) => `${FIELD_NAMES[c.field]} door ${c.by.name}`).join(', ')}` : '';
      return `  ${a.number.padStart(6)}  ${a.title}${theme}${kind} — ${a.responsible.join(', ') || 'geen regie'}${mark}`;
    }),
    ...d.warnings.map((w) => `  ! ${w}`),
    ...review.unmatched.map((u) => `  ! correctie zonder afspraak: ${u.sourceNumber} "${u.sourceTitle}" (${FIELD_NAMES[u.field]})`),
  ];
  return lines.join('\n');
}

/** The CLI's review commands; returns null when `command` is not one of them. */
export async function runReviewCommand(app: App, command: string, args: string[], o: CliOptions): Promise<number | null> {
  const reviews = app.services.reviews;
  const tz = app.config.scheduler.timezone;
  if (command === 'documents') {
    const list = (await reviews.listDocuments()).filter((d) => !o.municipality || d.document.municipality.toLowerCase() === o.municipality.toLowerCase());
    if (o.json) printJson(list.map((d) => ({ ...d.document, reviewed: d.review ? { at: d.review.at, by: d.review.by.name } : null, corrections: d.corrections })));
    else if (list.length === 0) out('Nog geen documenten. Lees ze in met: npx afsprakenbot ingest <bestand>');
    else for (const d of list) out(`${d.document.municipality} — ${d.document.title}: ${d.document.agreementCount} afspraken; ${d.review ? `gecontroleerd door ${d.review.by.name}` : 'nog niet gecontroleerd'}${d.corrections ? `; ${d.corrections} correcties` : ''}`);
    return 0;
  }
  if (command === 'document') {
    const marking = args[0] === 'reviewed';
    const municipality = marking ? args[1] : args[0];
    if (!municipality) throw new UsageError('Gebruik: npx afsprakenbot document <gemeente> [--title T]   of   document reviewed <gemeente> [--title T] [--as wie]');
    const picked = await pickDocument(app, municipality, o.title);
    if (marking) {
      const state = o.as ? await reviews.markReviewed(await personFor(app, o.as), picked.document.id) : await reviews.operator.markReviewed(operator(), picked.document.id);
      out(`${picked.document.municipality} — ${picked.document.title}: gecontroleerd door ${state.by.name} op ${formatMoment(state.at, tz)}.`);
      return 0;
    }
    const review = await reviews.review(picked.document.id);
    if (!review) throw new UsageError('Het document is intussen vervangen; probeer het opnieuw.');
    if (o.json) printJson(review);
    else out(formatReview(review, tz));
    return 0;
  }
  if (command === 'agreement' && args[0] === 'edit') {
    const [, first, second] = args;
    const numberArg = [first, second].find((x) => x && /\d/.test(x) && parseAgreementNumber(x));
    const municipality = [first, second].find((x) => x && x !== numberArg);
    if (!numberArg || !municipality) throw new UsageError('Gebruik: npx afsprakenbot agreement edit <gemeente> <nummer> [--number N] [--title T] [--theme T] [--kind focus|regulier|meerjarig|jaarafspraak|geen] [--responsible "A, B"]');
    const agreement = await app.services.agreements.getAgreement(municipality, parseAgreementNumber(numberArg)!);
    if (!agreement) throw new UsageError(`Geen afspraak ${numberArg} van ${municipality} gevonden.`);
    const changes: Record<string, unknown> = {};
    if (o.number !== undefined) changes.number = o.number;
    if (o.title !== undefined) changes.title = o.title;
    if (o.theme !== undefined) changes.theme = o.theme;
    if (o.kind !== undefined) changes.kind = o.kind;
    if (o.responsible !== undefined) changes.responsible = o.responsible;
    const result = o.as ? await reviews.correct(await personFor(app, o.as), agreement.id, changes) : await reviews.operator.correct(operator(), agreement.id, changes);
    const after = await reviews.review(result.documentId);
    const now = after?.agreements.find((r) => r.agreement.id === agreement.id)?.agreement;
    if (o.json) printJson({ changed: result.changed, agreement: now ?? null });
    else if (result.changed.length === 0) out('Niets gewijzigd: de afspraak had deze waarden al.');
    else out(`Gecorrigeerd (${result.changed.map((f) => FIELD_NAMES[f]).join(', ')}): ${now ? `${now.municipality} ${now.number}. ${now.title} — ${now.responsible.join(', ') || 'geen regie'}` : ''}`);
    return 0;
  }
  return null;
}
