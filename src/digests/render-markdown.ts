/** Markdown rendering of a digest (console, CLI, the `text` of a digest Reply, `--format md`). */
import type { Digest } from './digest-model.js';
import { COLOUR_EMOJI } from './statuses.js';
import { changeLine, meetingWhen, missingLine, T, targetLine } from './texts.js';

export const colourSummary = (c: Digest['colours']) =>
  `${COLOUR_EMOJI.groen} ${c.groen} · ${COLOUR_EMOJI.oranje} ${c.oranje} · ${COLOUR_EMOJI.rood} ${c.rood} · ${COLOUR_EMOJI.grijs} ${c.grijs}`;

export const digestTitle = (d: Digest) => (d.kind === 'meeting' && d.meeting ? T.meetingTitle(d) : T.weeklyTitle(d));

/** Lines per section, shared by markdown, Slack and Teams so they say the same thing. */
export function digestSections(d: Digest): Array<{ title: string; lines: string[]; empty: string }> {
  const themeLines = d.themes.map((t) => {
    const parts = Object.entries(t.counts)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
    return `*${t.theme}*: ${COLOUR_EMOJI.groen} ${t.colours.groen} ${COLOUR_EMOJI.oranje} ${t.colours.oranje} ${COLOUR_EMOJI.rood} ${t.colours.rood} ${COLOUR_EMOJI.grijs} ${t.colours.grijs} (${parts})`;
  });
  const sections = [
    // Only when there is something unchecked: it qualifies everything below, so it comes first.
    ...(d.unreviewed?.length ? [{ title: T.unreviewedHeader, lines: d.unreviewed.map((u) => T.unreviewedLine(u.title, u.agreements)), empty: '' }] : []),
    { title: T.statusHeader, lines: themeLines, empty: T.emptyQuarter(d) },
    { title: T.changesHeader, lines: d.changes.map(changeLine), empty: T.noChanges },
    { title: T.missingHeader, lines: d.missing.map(missingLine), empty: T.allAnswered },
    { title: T.targetsHeader, lines: d.targets.map(targetLine), empty: T.noTargets },
    { title: T.meetingHeader, lines: d.nextMeeting ? [`${d.nextMeeting.title} — ${meetingWhen(d.nextMeeting)}`] : [], empty: T.noMeeting },
  ];
  if (d.meeting) {
    sections.push(
      {
        title: T.attentionHeader,
        lines: d.meeting.attention.map((a) => `${COLOUR_EMOJI[a.colour]} ${a.status}: afspraak ${a.number} ${a.title} — ${a.party}${a.note ? ` — "${a.note}"` : ''}`),
        empty: T.noAttention,
      },
      { title: T.unreportedHeader, lines: d.meeting.unreported.map((u) => `Afspraak ${u.number} ${u.title} (${u.responsible.join(', ') || 'geen partij'})`), empty: T.noUnreported },
      { title: T.pointsHeader, lines: d.meeting.discussionPoints.map((p) => p.text), empty: T.noPoints },
    );
  }
  return sections;
}

export function renderDigestMarkdown(d: Digest, options: { maxLinesPerSection?: number } = {}): string {
  const max = options.maxLinesPerSection ?? Infinity;
  const out = [`# ${digestTitle(d)}`, '', `${d.quarterLabel}: ${colourSummary(d.colours)}`, `_${T.legend}_`];
  for (const s of digestSections(d)) {
    out.push('', `## ${s.title}`);
    if (s.lines.length === 0) out.push(s.empty);
    for (const line of s.lines.slice(0, max)) out.push(`- ${line.replace(/^\*([^*]+)\*/, '**$1**')}`);
    if (s.lines.length > max) out.push(`- ${T.more(s.lines.length - max)}`);
  }
  return out.join('\n');
}
