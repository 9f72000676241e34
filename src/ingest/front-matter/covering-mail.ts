/** A document sent along with an e-mail: "Van:", "Aan:", "Onderwerp:" lines at the very start. */

const MAIL_FIELD = /^(?:van|aan|cc|bcc|onderwerp|verzonden|datum|from|to|subject|sent|date)\s*:/i;

/** How far into the text the head of a forwarded document may lie: the mail's text and signature come first. */
const MAIL_REACH = 60;

/**
 * The lines after the mail's header fields where the document's own head may follow, when the text opens with
 * two or more of them; null for a document that is no e-mail.
 */
export function afterMailHeader(lines: readonly string[]): string[] | null {
  let end = 0;
  while (end < lines.length && MAIL_FIELD.test(lines[end]!.replace(/[*_]/g, '').trim())) end++;
  return end >= 2 ? lines.slice(end, MAIL_REACH) : null;
}
