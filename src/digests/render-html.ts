/** HTML fragment of a digest for the web console (escaped; styling through classes). */
import type { Digest } from './digest-model.js';
import { digestSections, digestTitle } from './render-markdown.js';
import { COLOUR_HEX, type Colour } from './statuses.js';
import { T } from './texts.js';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const colourChip = (c: Colour, n: number) =>
  `<span class="digest-chip digest-${c}" style="background:${COLOUR_HEX[c]};color:#fff;border-radius:4px;padding:0 6px" title="${c}">${n}</span>`;

export function renderDigestHtml(d: Digest): string {
  const chips = (['groen', 'oranje', 'rood', 'grijs'] as Colour[]).map((c) => colourChip(c, d.colours[c])).join(' ');
  const parts = [
    `<section class="digest digest-${d.kind}" data-municipality="${escapeHtml(d.municipality)}">`,
    `<h2>${escapeHtml(digestTitle(d))}</h2>`,
    `<p class="digest-totals">${escapeHtml(d.quarterLabel)}: ${chips}</p>`,
    `<p class="digest-legend"><small>${escapeHtml(T.legend)}</small></p>`,
  ];
  for (const s of digestSections(d)) {
    parts.push(`<h3>${escapeHtml(s.title)}</h3>`);
    if (s.lines.length === 0) parts.push(`<p class="digest-empty">${escapeHtml(s.empty)}</p>`);
    else
      parts.push(
        `<ul>${s.lines.map((l) => `<li>${escapeHtml(l).replace(/^\*([^*]+)\*/, '<strong>$1</strong>')}</li>`).join('')}</ul>`,
      );
  }
  parts.push('</section>');
  return parts.join('\n');
}
