/** One entry point for `digest --format md|html|json|csv`. */
import type { Digest } from './digest-model.js';
import { renderDigestCsv } from './render-csv.js';
import { renderDigestHtml } from './render-html.js';
import { renderDigestMarkdown } from './render-markdown.js';

export type DigestFormat = 'md' | 'html' | 'json' | 'csv';

export function renderDigest(d: Digest, format: DigestFormat): string {
  if (format === 'json') return JSON.stringify(d, null, 2);
  if (format === 'csv') return renderDigestCsv(d);
  if (format === 'html') return renderDigestHtml(d);
  return renderDigestMarkdown(d);
}
