/**
 * Chat commands for the meeting calendar and digest previews:
 * "nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026 om 14:00", "overleggen [gemeente]",
 * "verwijder overleg <code>", "digest [gemeente]" / "digest overleg [gemeente]". Anything else → null.
 */
import type { InboundMessage, Reply } from '../core/messages.js';
import type { HandlerContext, MessageHandler, Person } from '../core/people.js';
import { mayCoordinate } from '../core/permissions.js';
import { DEFAULT_TIMEZONE, localDate } from '../core/calendar.js';
import { formatDate, formatDateTime, formatWhen } from '../core/dutch-format.js';
import type { DigestService } from './digest-service.js';
import { LOOSE_DATE, parseDutchDate } from './dutch-date.js';
import type { Meeting } from './meetings.js';
import { MEETING_TEXT } from './texts.js';

const ADD = /^\s*nieuwe?\s+overleg\b\s*:?\s*(.*)$/is;
const LIST = /^\s*(?:toon\s+)?overleggen\b\s*(.*)$/is;
const REMOVE = /^\s*(?:verwijder|schrap)\s+overleg\b\s*:?\s*(.*)$/is;
const DIGEST = /^\s*digest\b\s*(overleg\b)?\s*(.*)$/is;

type Deps = Pick<DigestService, 'addMeeting' | 'listMeetings' | 'removeMeeting' | 'build' | 'toReply' | 'listMunicipalities'>;

const reply = (text: string, extra: Partial<Reply> = {}): Reply[] => [{ text, kind: 'meeting', ...extra }];
const error = (text: string): Reply[] => [{ text, kind: 'error' }];

/** Planning meetings and previewing digests: the shared coordinator rule (core/permissions). */
const mayManage = mayCoordinate;

/** Takes the digest service itself, or `{ digests, timeZone }`. */
export function createMeetingHandler(arg: Deps | { digests: Deps; timeZone?: string }): MessageHandler {
  const deps = 'digests' in arg ? arg : { digests: arg, timeZone: undefined };
  const tz = deps.timeZone ?? DEFAULT_TIMEZONE;
  const when = (m: Meeting) => formatWhen(m.date, tz);

  /** A known municipality named in the text (longest name first), or the person's only one. */
  async function findMunicipality(text: string, person: Person | null): Promise<string | null> {
    const known = (await deps.digests.listMunicipalities()).sort((a, b) => b.length - a.length);
    const lower = ` ${text.toLowerCase()} `;
    const named = known.find((m) => new RegExp(`[\\s(,]${m.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s),.]`).test(lower));
    if (named) return named;
    const own = [...new Set((person?.roles ?? []).filter((r) => r.role === 'coordinator' && r.municipality).map((r) => r.municipality!))];
    return own.length === 1 ? own[0]! : null;
  }

  async function add(rest: string, ctx: HandlerContext): Promise<Reply[]> {
    const parsed = parseDutchDate(rest, tz, ctx.now);
    if (!parsed.ok) {
      const after = /\bop\s+(.+)$/i.exec(rest)?.[1]?.trim();
      if (parsed.reason === 'invalid') return error(MEETING_TEXT.badDate(parsed.text));
      if (after || LOOSE_DATE.test(rest)) return error(MEETING_TEXT.badDate(after ?? rest.trim()));
      return error(MEETING_TEXT.noDate);
    }
    const title = rest
      .replace(parsed.text, '')
      .replace(/\s+(?:op|,)\s*$/i, '')
      .replace(/\s+op\s*$/i, '')
      .trim()
      .replace(/[,:]$/, '')
      .trim();
    if (!title) return error(MEETING_TEXT.emptyTitle);
    const municipality = await findMunicipality(title, ctx.person);
    if (!municipality) return error(MEETING_TEXT.noMunicipality);
    if (!mayManage(ctx.person, municipality)) return error(MEETING_TEXT.notAllowed);
    const niceTitle = title.charAt(0).toUpperCase() + title.slice(1);
    const whenText = parsed.time ? formatDateTime(parsed.instant, tz) : formatDate(parsed.date, tz);
    const result = await deps.digests.addMeeting({ municipality, title: niceTitle, date: parsed.text }, ctx.now);
    if (!result.ok) return error(result.code === 'in_past' ? MEETING_TEXT.past(whenText) : result.message);
    return reply(result.created ? MEETING_TEXT.added(result.meeting.title, municipality, whenText) : MEETING_TEXT.exists(result.meeting.title, whenText), {
      data: { meeting: { ...result.meeting, date: result.meeting.date.toISOString() } },
    });
  }

  async function list(rest: string, ctx: HandlerContext): Promise<Reply[]> {
    let municipality: string | undefined;
    if (rest.trim()) {
      municipality = (await findMunicipality(rest, null)) ?? undefined;
      if (!municipality) return error(MEETING_TEXT.unknownMunicipality(rest.trim()));
    }
    const meetings = await deps.digests.listMeetings({ municipality }, ctx.now);
    if (meetings.length === 0) return reply(MEETING_TEXT.none(municipality));
    return reply(MEETING_TEXT.listIntro(meetings.length), {
      title: MEETING_TEXT.listTitle(municipality),
      list: meetings.map((m) => `${m.id.slice(0, 8)} · ${m.title} (${m.municipality}) — ${when(m)}`),
      data: { meetings: meetings.map((m) => ({ ...m, date: m.date.toISOString() })) },
    });
  }

  async function remove(rest: string, ctx: HandlerContext): Promise<Reply[]> {
    const what = rest.trim();
    if (!what) return error(MEETING_TEXT.notFound(''));
    let target: Meeting | null = null;
    const code = /^[0-9a-f-]{4,36}$/i.test(what) ? what : null;
    if (!code) {
      // "verwijder overleg Almelo 12 maart 2026": by municipality and date.
      const parsed = parseDutchDate(what, tz);
      if (!parsed.ok) return error(parsed.reason === 'invalid' ? MEETING_TEXT.badDate(parsed.text) : MEETING_TEXT.notFound(what));
      const municipality = await findMunicipality(what, ctx.person);
      const candidates = (await deps.digests.listMeetings({ municipality: municipality ?? undefined, includePast: true }, ctx.now)).filter(
        (m) => localDate(m.date, tz) === parsed.date,
      );
      if (candidates.length > 1) return error(MEETING_TEXT.ambiguous(candidates.length));
      target = candidates[0] ?? null;
      if (!target) return error(MEETING_TEXT.notFound(what));
    } else {
      const all = await deps.digests.listMeetings({ includePast: true }, ctx.now);
      const matches = all.filter((m) => m.id.toLowerCase().startsWith(code.toLowerCase()));
      if (matches.length > 1) return error(MEETING_TEXT.ambiguous(matches.length));
      target = matches[0] ?? null;
      if (!target) return error(MEETING_TEXT.notFound(what));
    }
    if (!mayManage(ctx.person, target.municipality)) return error(MEETING_TEXT.notAllowed);
    const removed = await deps.digests.removeMeeting(target.id);
    if (!removed || removed === 'ambiguous') return error(MEETING_TEXT.notFound(what));
    return reply(MEETING_TEXT.removed(target.title, when(target)));
  }

  async function digest(meetingKind: boolean, rest: string, ctx: HandlerContext): Promise<Reply[]> {
    const municipality = await findMunicipality(rest, ctx.person);
    if (!municipality) return error(rest.trim() ? MEETING_TEXT.unknownMunicipality(rest.trim()) : MEETING_TEXT.noMunicipality.replace('dit overleg', 'dit overzicht'));
    if (!mayManage(ctx.person, municipality)) return error(MEETING_TEXT.notAllowedDigest);
    const d = await deps.digests.build(municipality, meetingKind ? 'meeting' : 'weekly', ctx.now);
    // Who has not reported and their notes are for the coordinator alone: asked in a group, it goes privately.
    return [{ ...deps.digests.toReply(d), private: true }];
  }

  return {
    name: 'meetings',
    async handle(message: InboundMessage, ctx: HandlerContext) {
      const text = message.text?.trim();
      if (!text) return null;
      let m: RegExpExecArray | null;
      if ((m = ADD.exec(text))) return add(m[1] ?? '', ctx);
      if ((m = REMOVE.exec(text))) return remove(m[1] ?? '', ctx);
      if ((m = LIST.exec(text))) return list(m[1] ?? '', ctx);
      if ((m = DIGEST.exec(text))) return digest(!!m[1], m[2] ?? '', ctx);
      return null;
    },
  };
}
