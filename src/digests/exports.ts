/**
 * Downloads for the console's dashboard: the progress matrix as CSV or Excel, each digest as Markdown, a
 * stand-alone HTML page or PDF. Files are named by what they hold ("weekoverzicht-almelo-2026-W12.pdf").
 */
import { formatDateTime } from '../core/dutch-format.js';
import type { Digest, DigestKind } from './digest-model.js';
import type { MatrixFilter, ProgressMatrix } from './matrix.js';
import { renderMatrixCsv, renderMatrixXlsx } from './matrix-export.js';
import { escapeHtml, renderDigestHtml } from './render-html.js';
import { digestTitle, renderDigestMarkdown } from './render-markdown.js';
import { renderDigestPdf } from './render-pdf.js';
import { T } from './texts.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

export interface ExportSource {
  build(municipality: string, kind: DigestKind): Promise<Digest>;
  buildProgressMatrix(municipality: string, filter?: MatrixFilter): Promise<ProgressMatrix>;
}

/** The file names the dashboard links to, and what each is. */
export const EXPORTS = {
  'voortgang.csv': { part: 'matrix', format: 'csv' },
  'voortgang.xlsx': { part: 'matrix', format: 'xlsx' },
  'weekoverzicht.md': { part: 'weekly', format: 'md' },
  'weekoverzicht.html': { part: 'weekly', format: 'html' },
  'weekoverzicht.pdf': { part: 'weekly', format: 'pdf' },
  'overleg.md': { part: 'meeting', format: 'md' },
  'overleg.html': { part: 'meeting', format: 'html' },
  'overleg.pdf': { part: 'meeting', format: 'pdf' },
} as const;

export type ExportName = keyof typeof EXPORTS;

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** "sint-joseph" from "Sint Joseph": safe in a file name on every system. */
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'export';

/** A digest as a page that opens on its own (downloaded HTML has no console stylesheet). */
function digestDocument(d: Digest): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(digestTitle(d))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}h2{font-size:1.4rem}h3{margin-top:1.4rem}footer{color:#555;font-size:.85rem;margin-top:2rem}</style>
</head>
<body>
${renderDigestHtml(d)}
<footer>${escapeHtml(T.generated(formatDateTime(new Date(d.generatedAt), d.timeZone)))}</footer>
</body>
</html>
`;
}

/** Builds one download; null when the name is not one of EXPORTS. */
export async function createExport(source: ExportSource, municipality: string, name: string, filter: MatrixFilter = {}): Promise<ExportFile | null> {
  if (!Object.hasOwn(EXPORTS, name)) return null;
  const { part, format } = EXPORTS[name as ExportName];
  if (part === 'matrix') {
    const m = await source.buildProgressMatrix(municipality, filter);
    const filename = `voortgang-${slug(m.municipality)}-${m.year}.${format}`;
    return { filename, contentType: TYPES[format], body: format === 'csv' ? renderMatrixCsv(m) : await renderMatrixXlsx(m) };
  }
  const d = await source.build(municipality, part);
  const when = part === 'meeting' ? (d.meeting?.meeting.localDate ?? d.generatedAt.slice(0, 10)) : d.periodKey;
  const filename = `${part === 'meeting' ? 'overleg' : 'weekoverzicht'}-${slug(d.municipality)}-${slug(when)}.${format}`;
  const body =
    format === 'pdf'
      ? await renderDigestPdf(d)
      : format === 'html'
        ? digestDocument(d)
        : `${renderDigestMarkdown(d)}\n\n_${T.generated(formatDateTime(new Date(d.generatedAt), d.timeZone))}_\n`;
  return { filename, contentType: TYPES[format], body };
}
