/** Microsoft Teams rendering: an Adaptive Card (schema 1.5) as plain JSON. */
import type { Digest } from './digest-model.js';
import { colourSummary, digestSections, digestTitle } from './render-markdown.js';
import { T } from './texts.js';

const LINES_PER_SECTION = 20;

export function renderDigestCard(d: Digest, options: { linesPerSection?: number } = {}): Record<string, unknown> {
  const perSection = options.linesPerSection ?? LINES_PER_SECTION;
  const body: Array<Record<string, unknown>> = [
    { type: 'TextBlock', text: digestTitle(d), size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: `${d.quarterLabel}: ${colourSummary(d.colours)}`, wrap: true },
    { type: 'TextBlock', text: T.legend, isSubtle: true, size: 'Small', wrap: true },
  ];
  for (const s of digestSections(d)) {
    const lines = s.lines.slice(0, perSection).map((l) => `- ${l.replace(/^\*([^*]+)\*/, '**$1**')}`);
    if (s.lines.length > perSection) lines.push(`- ${T.more(s.lines.length - perSection)}`);
    body.push({
      type: 'Container',
      separator: true,
      items: [
        { type: 'TextBlock', text: s.title, weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: lines.length ? lines.join('\n') : s.empty, wrap: true },
      ],
    });
  }
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}
