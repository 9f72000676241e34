/** The channel-neutral digest: what the renderers (Slack, Teams, HTML, md, csv) and the JSON export show. */
import type { Colour, StatusLabel } from './statuses.js';

export type DigestKind = 'weekly' | 'meeting';

export type StatusCounts = Record<StatusLabel | 'Geen rapportage', number>;
export type ColourCounts = Record<Colour, number>;

export interface ThemeSummary {
  theme: string;
  counts: StatusCounts;
  colours: ColourCounts;
  /** Agreement × party pairs that are due this quarter. */
  due: number;
}

export interface DigestChange {
  type: 'nieuw' | 'status' | 'bijgewerkt';
  number: string;
  title: string;
  theme: string;
  party: string;
  quarter: string;
  from: StatusLabel | null;
  to: StatusLabel | null;
  /** A status that turned Risico or Vertraagd in this window. */
  newRisk: boolean;
  note: string | null;
  by: string;
  at: string;
}

export interface MissingParty {
  party: string;
  /** Reporters of the party (names), empty when nobody is registered. */
  people: string[];
  due: number;
  answered: number;
  /** Local date from which answers were expected (cycle start or quarter start). */
  waitingSince: string;
  daysWaiting: number;
}

export interface TargetProgress {
  number: string;
  title: string;
  party: string;
  unit: string;
  verb: string;
  target: number;
  realised: number | null;
  /** realised / target, 0..n; null without a realised figure. */
  ratio: number | null;
  bar: string;
}

export interface AttentionItem {
  number: string;
  title: string;
  theme: string;
  party: string;
  status: StatusLabel;
  colour: Colour;
  note: string | null;
  realised: number | null;
}

export interface UnreportedAgreement {
  number: string;
  title: string;
  theme: string;
  responsible: string[];
}

/** A document whose extracted agreements no coordinator has checked yet (in this version). */
export interface UnreviewedDocument {
  title: string;
  agreements: number;
}

export interface DiscussionPoint {
  reason: 'rood' | 'achter-op-doel' | 'geen-antwoord' | 'thema-onder-druk';
  text: string;
}

export interface DigestMeeting {
  id: string;
  title: string;
  date: string;
  /** Local date and time for display ("2026-03-12", "14:00" or null when no time was given). */
  localDate: string;
  localTime: string | null;
}

export interface Digest {
  municipality: string;
  kind: DigestKind;
  generatedAt: string;
  /** The time zone local dates and times are shown in (Europe/Amsterdam by default). */
  timeZone: string;
  /** Week key for weekly digests ("2026-W12"), meeting id for meeting digests. */
  periodKey: string;
  quarter: string;
  quarterLabel: string;
  /** When the previous digest of this kind went out (changes are counted from there). */
  since: string;
  totals: StatusCounts;
  colours: ColourCounts;
  themes: ThemeSummary[];
  changes: DigestChange[];
  missing: MissingParty[];
  targets: TargetProgress[];
  nextMeeting: DigestMeeting | null;
  /** Documents not yet checked by a coordinator: their numbers, titles and parties may still change. */
  unreviewed: UnreviewedDocument[];
  /** Meeting digests only. */
  meeting?: {
    meeting: DigestMeeting;
    attention: AttentionItem[];
    unreported: UnreportedAgreement[];
    discussionPoints: DiscussionPoint[];
  };
}
