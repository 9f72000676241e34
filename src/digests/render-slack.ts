/** Slack Block Kit rendering within Slack's limits: at most 50 blocks and 3000 characters per text. */
import { escapeSlack } from '../core/escape-slack.js';
import type { Digest } from './digest-model.js';
import { colourSummary, digestSections, digestTitle } from './render-markdown.js';
import { T } from './texts.js';

export const SLACK_MAX_BLOCKS = 50;
export const SLACK_MAX_TEXT = 3000;
const HEADER_MAX = 150;
/** Lines shown per section before "… en N meer". */
const LINES_PER_SECTION = 20;

type Block = Record<string, unknown>;

const escape = escapeSlack;
/** verbatim: Slack must not turn names or URLs in document text into mentions or links. */
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');

/** Packs lines into mrkdwn texts of at most `max` characters; an over-long line is clipped. */
export function packLines(lines: string[], max = SLACK_MAX_TEXT): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, max);
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}

export function renderDigestBlocks(d: Digest, options: { linesPerSection?: number } = {}): Block[] {
  const perSection = options.linesPerSection ?? LINES_PER_SECTION;
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(digestTitle(d), HEADER_MAX), emoji: true } },
    { type: 'context', elements: [mrkdwn(clip(escape(`${d.quarterLabel}: ${colourSummary(d.colours)} — ${T.legend}`), SLACK_MAX_TEXT))] },
  ];
  for (const s of digestSections(d)) {
    blocks.push({ type: 'divider' });
    const shown = s.lines.slice(0, perSection).map((l) => `• ${escape(l)}`);
    if (s.lines.length > perSection) shown.push(T.more(s.lines.length - perSection));
    const body = shown.length ? shown : [escape(s.empty)];
    const chunks = packLines([`*${escape(s.title)}*`, ...body]);
    for (const text of chunks) blocks.push({ type: 'section', text: mrkdwn(text) });
  }
  if (blocks.length > SLACK_MAX_BLOCKS) {
    const dropped = blocks.length - (SLACK_MAX_BLOCKS - 1);
    blocks.splice(SLACK_MAX_BLOCKS - 1);
    blocks.push({ type: 'context', elements: [mrkdwn(`${T.more(dropped)} blokken — vraag het volledige overzicht op in de console of met \`digest --format md\`.`)] });
  }
  return blocks;
}
