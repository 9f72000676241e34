/** Microsoft Teams rendering: an Adaptive Card (schema 1.5) as plain JSON. */
import { escapeTeams } from '../core/escape-teams.js';
import type { Digest } from './digest-model.js';
import { colourSummary, digestSections, digestTitle } from './render-markdown.js';
import { T } from './texts.js';

const LINES_PER_SECTION = 20;

export function renderDigestCard(d: Digest, options: { linesPerSection?: number } = {}): Record<string, unknown> {
  const perSection = options.linesPerSection ?? LINES_PER_SECTION;
  const body: Array<Record<string, unknown>> = [
    // Names, notes and titles come from documents and reports: their links and tags stay text.
    { type: 'TextBlock', text: escapeTeams(digestTitle(d)), size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: `${d.quarterLabel}: ${colourSummary(d.colours)}`, wrap: true },
    { type: 'TextBlock', text: T.legend, isSubtle: true, size: 'Small', wrap: true },
  ];
  for (const s of digestSections(d)) {
    // One TextBlock per line: Teams runs single line breaks inside a TextBlock together.
    const lines = s.lines.slice(0, perSection).map((l) => `• ${escapeTeams(l).replace(/^\*([^*]+)\*/, '**$1**')}`);
    if (s.lines.length > perSection) lines.push(T.more(s.lines.length - perSection));
    body.push({
      type: 'Container',
      separator: true,
      items: [
        { type: 'TextBlock', text: escapeTeams(s.title), weight: 'Bolder', wrap: true },
        ...(lines.length ? lines : [escapeTeams(s.empty)]).map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' })),
      ],
    });
  }
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}
