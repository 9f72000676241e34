/**
 * The structure of a reply's text as every channel renders it: paragraphs (split at blank lines) whose
 * lines stay lines, and bullet lists. Channels that collapse single line breaks (Teams) or need blocks
 * (Slack) render these pieces instead of guessing from the raw string.
 */

/** `gap`: a blank line came before it (a list right under its lead-in line has none). */
export type TextPiece = ({ type: 'paragraph'; lines: string[] } | { type: 'list'; items: string[] }) & { gap: boolean };

/** "• x", "- x", "– x", "* x", "▪ x", "➤ x": a bullet line; the marker is not part of the item. */
const BULLET = /^\s*[•◦▪➤\-–*]\s+(\S.*)$/;

/** A list item without the bullet a writer already put in front of it ("• Gert Smit" → "Gert Smit"). */
export function stripListMarker(item: string): string {
  return BULLET.exec(item)?.[1]?.trim() ?? item.trim();
}

/** The text as paragraphs and lists, in order; empty lines only separate. */
export function textPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let current: TextPiece | null = null;
  let blank = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      current = null;
      blank = pieces.length > 0;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (current?.type !== 'list') pieces.push((current = { type: 'list', items: [], gap: blank }));
      current.items.push(bullet[1]!.trim());
    } else {
      if (current?.type !== 'paragraph') pieces.push((current = { type: 'paragraph', lines: [], gap: blank }));
      current.lines.push(line.trim());
    }
    blank = false;
  }
  return pieces;
}

/** Cuts user or document text that is echoed back to at most `max` characters, with an ellipsis. */
export function quoteInput(input: string, max = 100): string {
  const flat = input.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
