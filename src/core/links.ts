/** Links the bot itself puts in replies: the console page of an agreement a citation names. */
import type { Citation } from './messages.js';

/** A path segment safe inside Markdown `(url)` and Slack `<url|…>` too: parentheses are encoded as well. */
const segment = (s: string) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `${publicUrl}/agreements/<municipality>/<number>`, or undefined without a public address. */
export function citationUrl(c: Pick<Citation, 'municipality' | 'number'>, publicUrl?: string): string | undefined {
  if (!publicUrl) return undefined;
  return `${publicUrl.replace(/\/+$/, '')}/agreements/${segment(c.municipality)}/${segment(c.number)}`;
}

/** A citation's link to its source document, when it is an http(s) address (anything else is not linked). */
export function sourceUrl(c: Pick<Citation, 'sourceUrl'>): string | undefined {
  const url = c.sourceUrl?.trim();
  return url && /^https?:\/\/[^\s<>()|\]]+$/i.test(url) ? url : undefined;
}
