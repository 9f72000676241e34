/** Dutch user-facing text of digests and meetings, in one place. */
import type { DigestMeeting, MissingParty, TargetProgress, DigestChange, Digest } from './digest-model.js';
import { formatDate } from '../core/dutch-format.js';
import { COLOUR_EMOJI, colourOf } from './statuses.js';

/** "donderdag 12 maart 2026" from "2026-03-12" (the one Dutch date formatter in core). */
export const dutchDate = (date: string): string => formatDate(date);

/** "donderdag 12 maart 2026, 14:00", or only the date when the meeting has no time. */
export const meetingWhen = (m: DigestMeeting) => `${dutchDate(m.localDate)}${m.localTime ? `, ${m.localTime}` : ''}`;

export const T = {
  weeklyTitle: (d: Digest) => `Weekoverzicht prestatieafspraken ${d.municipality} — ${d.quarterLabel}`,
  meetingTitle: (d: Digest) => `Voorbereiding ${d.meeting?.meeting.title ?? 'overleg'} (${d.meeting ? meetingWhen(d.meeting.meeting) : ''})`,
  statusHeader: 'Stand per thema',
  unreviewedHeader: 'Nog niet gecontroleerd',
  unreviewedLine: (title: string, agreements: number) =>
    `${title} (${agreements === 1 ? '1 afspraak' : `${agreements} afspraken`}): nog niet gecontroleerd door een coördinator — nummers, titels en regie kunnen nog veranderen`,
  legend: 'groen = Op schema of Gereed · oranje = Risico of Niet gestart · rood = Vertraagd · grijs = n.v.t. of nog geen rapportage',
  changesHeader: 'Wat is er veranderd',
  noChanges: 'Geen nieuwe rapportages of wijzigingen sinds het vorige overzicht.',
  missingHeader: 'Nog niet gerapporteerd',
  allAnswered: 'Alle partijen hebben gerapporteerd.',
  targetsHeader: 'Doelen (gerealiseerd/doel)',
  noTargets: 'Geen getalsmatige doelen voor dit jaar.',
  meetingHeader: 'Volgend overleg',
  noMeeting: 'Er staat geen overleg gepland. Plan er een met bijvoorbeeld "nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026".',
  attentionHeader: 'Rood en oranje',
  noAttention: 'Geen afspraken op rood of oranje.',
  unreportedHeader: 'Dit jaar nog geen rapportage',
  noUnreported: 'Op elke afspraak is dit jaar gerapporteerd.',
  pointsHeader: 'Voorgestelde bespreekpunten',
  noPoints: 'Geen bijzondere bespreekpunten.',
  more: (n: number) => `… en ${n} meer`,
  generated: (when: string) => `Gemaakt door Afsprakenbot op ${when}.`,
  emptyQuarter: (d: Digest) => `Er zijn voor ${d.quarterLabel} nog geen afspraken of rapportages voor ${d.municipality}.`,
  channelNotice:
    'Het overzicht is privé naar de coördinatoren gestuurd: wie nog niet rapporteerde en de toelichtingen horen niet in een gedeeld kanaal. Coördinatoren zien het ook in de console onder Voortgang.',
};

export function changeLine(c: DigestChange): string {
  const who = `${c.party} (afspraak ${c.number} ${c.title})`;
  const to = c.to ?? 'onbekend';
  const head =
    c.type === 'nieuw'
      ? `Nieuw: ${who} — ${COLOUR_EMOJI[colourOf(c.to)]} ${to}`
      : c.type === 'status'
        ? `Status: ${who} — ${c.from ?? '?'} → ${COLOUR_EMOJI[colourOf(c.to)]} ${to}`
        : `Bijgewerkt: ${who} — ${to}`;
  const risk = c.newRisk ? ' ⚠️ nieuw risico' : '';
  return `${head}${risk}${c.note ? ` — "${c.note}"` : ''}`;
}

export function missingLine(m: MissingParty): string {
  const people = m.people.length ? m.people.join(', ') : 'geen rapporteur bekend';
  return `${m.party}: ${m.due - m.answered} van ${m.due} open (${people}) — wacht ${m.daysWaiting} ${m.daysWaiting === 1 ? 'dag' : 'dagen'}, sinds ${dutchDate(m.waitingSince)}`;
}

export function targetLine(t: TargetProgress): string {
  const realised = t.realised === null ? '?' : formatNumber(t.realised);
  return `${t.bar} ${realised}/${formatNumber(t.target)} ${t.unit} ${t.verb} — ${t.party}, afspraak ${t.number}`;
}

export const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toLocaleString('nl-NL', { maximumFractionDigits: 1 }));

export const MEETING_TEXT = {
  added: (title: string, municipality: string, when: string) => `Overleg gepland: ${title} (${municipality}) op ${when}.`,
  exists: (title: string, when: string) => `${title} op ${when} stond al in de agenda; er is niets veranderd.`,
  badDate: (text: string) => `"${text}" is geen geldige datum — typ bijvoorbeeld 12 maart 2026, 12-03-2026 of 2026-03-12 (eventueel met "om 14:00").`,
  noDate: 'Ik mis de datum — typ bijvoorbeeld "nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026 om 14:00".',
  past: (when: string) => `${when} ligt in het verleden; een overleg in het verleden plan ik niet in.`,
  noMunicipality: 'Voor welke gemeente is dit overleg? Noem de gemeente, bijvoorbeeld "nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026".',
  unknownMunicipality: (name: string) => `Ik ken de gemeente "${name}" niet.`,
  notAllowed: 'Alleen coördinatoren en beheerders kunnen overleggen plannen of verwijderen.',
  notAllowedDigest: 'Alleen coördinatoren en beheerders kunnen het overzicht vooraf bekijken.',
  none: (municipality?: string) => `Er staan geen overleggen gepland${municipality ? ` voor ${municipality}` : ''}.`,
  listIntro: (count: number) => `${count} gepland; verwijderen met "verwijder overleg" en de code, bijvoorbeeld "verwijder overleg 3f2a9c1d".`,
  listTitle: (municipality?: string) => `Geplande overleggen${municipality ? ` ${municipality}` : ''}`,
  removed: (title: string, when: string) => `Overleg verwijderd: ${title} op ${when}.`,
  notFound: (what: string) => `Ik vind geen overleg dat past bij "${what}". Typ "overleggen" voor de lijst met codes.`,
  ambiguous: (n: number) => `${n} overleggen passen; noem de code uit "overleggen", bijvoorbeeld "verwijder overleg 3f2a9c1d".`,
  emptyTitle: 'Geef het overleg een naam, bijvoorbeeld "nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026".',
};

/** Where a digest went, as the CLI and the log show it to a person. */
export const SEND_TEXT = {
  channel: (channel: 'slack' | 'teams', conversation: string) => (channel === 'slack' ? `Slack-kanaal ${conversation}` : `Teams-gesprek ${conversation}`),
  coordinator: (name: string) => `${name} (coördinator)`,
};
