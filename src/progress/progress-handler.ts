/**
 * The progress form in the conversation: takes a message when it belongs to a running form, a progress
 * button, "voortgang", "wijzig 5", "herinner me …" or a directory command; returns null otherwise so Q&A
 * answers. Everything it says is private: asked in a group, it goes to the person's direct chat, and only
 * explicit requests count there (free text in a group is never a form answer).
 */
import { DomainError } from '../core/errors.js';
import type { InboundMessage, Reply } from '../core/messages.js';
import type { HandlerContext, MessageHandler, Person } from '../core/people.js';
import { changeRequest } from '../forms/form-commands.js';
import type { FormState } from '../forms/progress-form.js';
import { statusLabel } from '../forms/statuses.js';
import { parsePromptActionId, promptActionId } from './form-runner.js';
import { resolveParty, sameParty } from '../core/parties.js';
import { isCoordinatorAnywhere, mayCoordinate } from '../core/permissions.js';
import type { ProgressService } from './progress-service.js';
import { formatDutchDate, localDate, quarterOf } from './quarter.js';
import type { Round } from './round.js';
import { parseSnooze, snoozeInstant } from './snooze.js';
import { progressTexts as t } from './texts.js';

const stripMention = (text: string) => text.replace(/^\s*(<@[A-Z0-9]+>|<at>[^<]*<\/at>|@afsprakenbot\b)[\s,:]*/i, '').trim();
const START = /^(?:voortgang|mijn afspraken|rapporteren|rapportage|voortgang invullen)(?:\s+(?:voor\s+|namens\s+)?(.+?))?[.!]?$/i;
/** "start uitvraag", "start voortgang Q3 2026", "start de uitvraag 2026-Q3" (coordinators). */
const START_ROUND = /^start\s+(?:de\s+)?(?:uitvraag|voortgang|voortgangsronde|ronde)(?:\s+(?:voor\s+)?(?:(\d{4})-?Q([1-4])|Q([1-4])\s+(\d{4})))?(?:\s+(?:voor|in)\s+(.+?))?[.!]?$/i;
const ADD = /^voeg\s+(.+?)\s+toe\s+aan\s+(.+?)[.!]?$/i;
const REMOVE = /^verwijder\s+(.+?)\s+(?:uit|van)\s+(.+?)[.!]?$/i;

export function createProgressHandler(service: ProgressService): MessageHandler {
  const { forms, store } = service;
  const tz = service.settings.timezone;

  async function partyOverview(round: Round, party: string): Promise<Reply[]> {
    const reports = await store.listReports(round.municipality, round.key);
    const items = round.items.filter((i) => sameParty(i.party, party));
    const list = items.map((i) => {
      const r = reports.find((x) => x.number === i.number && sameParty(x.party, party));
      return `${i.number}. ${i.title} — ${r ? statusLabel(r.status) : 'open'}`;
    });
    const done = list.filter((l) => !l.endsWith('— open')).length;
    return [
      {
        kind: 'form-overview',
        title: `Overzicht ${round.label} — ${party}`,
        text: `${done} ingevuld, ${items.length - done} open.`,
        list,
        actions: [{ id: promptActionId('start', round.municipality, round.key, party), label: t.promptButtons.start, style: 'primary' }],
      },
    ];
  }

  async function municipalityStatus(round: Round): Promise<Reply> {
    const reports = await store.listReports(round.municipality, round.key);
    const parties = [...new Set(round.items.map((i) => i.party))];
    return {
      kind: 'progress-status',
      title: t.statusTitle(round.label, round.municipality),
      text: 'Stand van de rapportage per partij:',
      list: parties.map((p) => {
        const total = round.items.filter((i) => i.party === p).length;
        return t.statusLine(p, reports.filter((r) => sameParty(r.party, p)).length, total);
      }),
      actions: parties.map((p) => ({ id: promptActionId('start', round.municipality, round.key, p), label: t.fillOnBehalf(p) })),
    };
  }

  async function openRounds(now: Date): Promise<Round[]> {
    const cycles = await store.listOpenCycles(now);
    return Promise.all(cycles.map((c) => forms.loadRound(c.municipality, c.quarter)));
  }

  async function startFor(person: Person, now: Date, partyText: string | undefined): Promise<Reply[] | null> {
    const rounds = await openRounds(now);
    if (rounds.length === 0) return [{ kind: 'form', text: t.noOpenRound }];
    const candidates: Array<{ round: Round; party: string }> = [];
    for (const round of rounds) {
      for (const party of new Set(round.items.map((i) => i.party))) {
        if (partyText) {
          const wanted = resolveParty(partyText, round.municipality, round.parties)?.name ?? partyText;
          if (sameParty(wanted, party)) candidates.push({ round, party });
        } else if (forms.authorize(person, round.municipality, party) === 'self') candidates.push({ round, party });
      }
    }
    if (candidates.length === 0 && !partyText) {
      const coordinated = rounds.filter((r) => mayCoordinate(person, r.municipality));
      if (coordinated.length) return Promise.all(coordinated.map(municipalityStatus));
      return [{ kind: 'form', text: t.noOpenRound }];
    }
    // "voortgang van de verkoop" is a question for Q&A, not a party.
    if (candidates.length === 0) return null;
    if (candidates.length === 1) return forms.open(person, candidates[0]!.round, candidates[0]!.party, now);
    return [
      {
        kind: 'form',
        text: t.chooseParty(candidates[0]!.round.label),
        actions: candidates.map((c) => ({ id: promptActionId('start', c.round.municipality, c.round.key, c.party), label: `${c.party} (${c.round.municipality}, ${c.round.label})` })),
      },
    ];
  }

  /** A coordinator starts the quarterly round for their municipality from chat (the scheduler does it too). */
  async function startRoundFor(person: Person, m: RegExpExecArray, now: Date): Promise<Reply[]> {
    const current = quarterOf(now, tz);
    const year = Number(m[1] ?? m[4] ?? current.year);
    const q = Number(m[2] ?? m[3] ?? current.q);
    // The service checks the role and municipality (DomainError → a Dutch refusal below).
    const result = await service.startQuarterAs(person, m[5]?.trim(), `${year}-Q${q}`);
    const lines = [
      ...result.prompted.map((p) => `✓ ${p.name} (${p.parties.join(', ')})`),
      ...result.alreadyPrompted.map((p) => `${p.name}: had de uitvraag al`),
      ...result.unreachable.map((u) => `! ${u.party}: ${u.name ?? 'geen rapporteur'} — ${u.reason}`),
      ...result.unreviewed.map((u) => `! ${t.roundUnreviewed(u.title, u.agreements)}`),
    ];
    const label = `Q${q} ${year}`;
    const title = result.alreadyStarted
      ? t.roundAlreadyStarted(label, result.municipality, formatDutchDate(localDate(new Date(result.startedAt), tz)), result.prompted.length)
      : t.roundStarted(label, result.municipality);
    return [{ kind: 'progress-status', title, text: t.roundStartedText(result.prompted.length, result.items, result.alreadyPrompted.length), list: lines }];
  }

  async function snooze(person: Person, text: string, now: Date): Promise<Reply[] | null> {
    const parsed = parseSnooze(text, now, tz);
    if (!parsed) return null;
    if ('error' in parsed) return [{ kind: 'error', text: parsed.error }];
    const rounds = (await openRounds(now)).filter((r) => r.items.some((i) => forms.authorize(person, r.municipality, i.party) === 'self'));
    if (rounds.length === 0) return [{ kind: 'form', text: t.noOpenRound }];
    for (const r of rounds) await store.upsertReminder(person.id, r.municipality, r.key, { snoozeUntil: snoozeInstant(parsed.date, tz) });
    await forms.pauseAll(person);
    return [{ kind: 'form', text: t.snoozed(formatDutchDate(parsed.date)) }];
  }

  async function handleAction(message: InboundMessage, person: Person | null, now: Date): Promise<Reply[]> {
    const id = message.action!.id;
    if (!person) return [{ kind: 'error', text: t.notInDirectory, ephemeral: true }];
    if (id.startsWith('form:')) {
      const session = await forms.sessionForAction(person, id);
      if (!session) return [{ kind: 'error', text: t.otherPersonsButton, ephemeral: true }];
      return forms.step(person, session.id, { type: 'action', id, value: message.action!.value }, now);
    }
    const parsed = parsePromptActionId(id);
    if (!parsed) return [{ kind: 'error', text: 'Deze knop ken ik niet (meer).', ephemeral: true }];
    const round = await forms.loadRound(parsed.municipality, parsed.quarter);
    if (parsed.verb === 'start') return forms.open(person, round, parsed.party, now);
    if (!forms.authorize(person, round.municipality, parsed.party)) return [{ kind: 'error', text: t.notAllowed(parsed.party), ephemeral: true }];
    if (parsed.verb === 'later') return forms.postpone(person, round, now);
    if (parsed.verb === 'overview') return partyOverview(round, parsed.party);
    return [{ kind: 'error', text: 'Deze knop ken ik niet (meer).', ephemeral: true }];
  }

  /**
   * "wijzig 5" when no form is running: reopens the person's form of a round still open at that agreement,
   * or opens their form first when they never did.
   */
  async function changeAfterForm(person: Person, text: string, numberText: string, now: Date): Promise<Reply[] | null> {
    const session = await forms.sessionToChange(person, numberText, now);
    if (session) return forms.step(person, session.id, { type: 'text', text }, now);
    const opened = await startFor(person, now, undefined);
    const created = await forms.activeSession(person);
    return created ? forms.step(person, created.id, { type: 'text', text }, now) : opened;
  }

  async function route(message: InboundMessage, { person, now }: HandlerContext): Promise<Reply[] | null> {
    const actionId = message.action?.id;
    if (actionId && (actionId.startsWith('progress:') || actionId.startsWith('form:'))) return handleAction(message, person, now);
    if (message.action) return null;
    const text = stripMention(message.text ?? '');
    if (!text) return null;
    if (!person) return guest(text);

    const add = ADD.exec(text);
    if (add) return forms.editReporter(person, add[1]!.trim(), add[2]!.trim(), 'add');
    const remove = REMOVE.exec(text);
    if (remove && isCoordinatorAnywhere(person)) return forms.editReporter(person, remove[1]!.trim(), remove[2]!.trim(), 'remove');

    const startRound = START_ROUND.exec(text);
    if (startRound) return startRoundFor(person, startRound, now);

    const snoozed = await snooze(person, text, now);
    if (snoozed) return snoozed;

    const start = START.exec(text);
    if (start && !/\?\s*$/.test(text)) {
      const replies = await startFor(person, now, start[1]?.trim());
      if (replies) return replies;
    }

    const session = await forms.activeSession(person);
    const change = changeRequest(text);
    if (!session) return change ? changeAfterForm(person, text, change, now) : null;
    // In a group only explicit requests reach the form: its answers are typed in the direct chat.
    if (!message.direct && !change) return null;
    // A question in the middle of the form goes to Q&A; the form waits (not while typing a toelichting).
    const step = (session.state as FormState).step;
    if (/\?\s*$/.test(text) && step !== 'note' && text.split(/\s+/).length > 2) return null;
    return forms.step(person, session.id, { type: 'text', text }, now);
  }

  /** Someone not in the directory: progress commands get a clear refusal, anything else is a question. */
  function guest(text: string): Reply[] | null {
    if (START_ROUND.test(text)) return [{ kind: 'error', text: t.startRoundNotAllowed() }];
    if (/^(?:voortgang|rapporteren|voortgang invullen|mijn afspraken)[.!]?$/i.test(text) || changeRequest(text)) return [{ kind: 'error', text: t.notInDirectory }];
    return null;
  }

  return {
    name: 'progress',
    async handle(message, ctx) {
      let replies: Reply[] | null;
      try {
        replies = await route(message, ctx);
      } catch (err) {
        // Domain errors (unknown municipality, bad quarter) are answers; anything else goes to the engine's log.
        if (!(err instanceof DomainError)) throw err;
        replies = [{ kind: 'error', text: err.message }];
      }
      // Forms, statuses and who has not reported are for the person alone, never for a group (a short
      // refusal is `ephemeral` already: shown to them alone in place).
      return replies?.map((r) => (r.ephemeral ? r : { ...r, private: true })) ?? null;
    },
  };
}
