/**
 * Reply text → Adaptive Card TextBlocks. Teams joins single line breaks inside a TextBlock into one line, so
 * every line is its own block: paragraphs keep their lines, lists get one "•" block per item (a bullet the
 * writer already typed is dropped, so it never shows twice). All text goes through `escapeTeams`; the only
 * links are the ones built here, to our own console.
 */
import { escapeTeams } from '../../core/escape-teams.js';
import { citationUrl, sourceUrl } from '../../core/links.js';
import type { Citation } from '../../core/messages.js';
import { stripListMarker, textPieces } from '../../core/reply-text.js';
import { teamsTexts as t } from './texts.js';

export type CardElement = Record<string, unknown>;

const block = (text: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** List items as TextBlocks "• item". */
export function listBlocks(items: string[], extra: CardElement = {}): CardElement[] {
  return items.map((item) => block(`• ${escapeTeams(stripListMarker(item))}`, { spacing: 'Small', ...extra }));
}

/** A text as TextBlocks: a gap between paragraphs, none between the lines of one. */
export function textBlocks(text: string, extra: CardElement = {}): CardElement[] {
  const out: CardElement[] = [];
  for (const piece of textPieces(text)) {
    const gap = !out.length ? 'Default' : piece.gap ? 'Medium' : 'Small';
    if (piece.type === 'list') {
      const items = listBlocks(piece.items, extra);
      items[0] = { ...items[0], spacing: gap };
      out.push(...items);
    } else piece.lines.forEach((line, i) => out.push(block(escapeTeams(line), { spacing: i === 0 ? gap : 'None', ...extra })));
  }
  return out;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A label inside `[…](url)`: brackets from a document would end the link text early, so they become parentheses. */
const linkLabel = (label: string) => escapeTeams(label.replace(/\[/g, '(').replace(/\]/g, ')'));

/** "**Almelo, afspraak 3** — Verkoop (Betaalbaarheid)", the agreement linked to the console when we know its address. */
export function citationLine(c: Citation, publicUrl?: string): string {
  const name = t.agreement(c.municipality, c.number);
  const url = citationUrl(c, publicUrl);
  const head = url ? `[${linkLabel(`${name} — ${c.title}`)}](${url})` : `**${escapeTeams(name)}** — ${escapeTeams(c.title)}`;
  const chapter = c.chapter ? ` (${escapeTeams(c.chapter)})` : '';
  const source = sourceUrl(c);
  return `${head}${chapter}${source ? ` · [${t.sourceDocument}](${source})` : ''}`;
}

/** The "Bronnen" container: one line per citation, with its passage when there is one. */
export function citationBlock(citations: Citation[], publicUrl?: string): CardElement {
  const items: CardElement[] = [block(t.sources, { weight: 'Bolder', size: 'Small' })];
  for (const c of citations) {
    items.push(block(citationLine(c, publicUrl), { size: 'Small', spacing: 'Small' }));
    if (c.passage) items.push(block(`“${escapeTeams(truncate(c.passage.replace(/\s+/g, ' '), 300))}”`, { size: 'Small', isSubtle: true, spacing: 'None' }));
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}
