/** Reads an uploaded document (.txt, .md, .html, .pdf, .docx) into plain text for the extractor. */
import path from 'node:path';
import { IngestError } from '../core/errors.js';
import { DEFAULT_LIMITS, formatMb, type DocumentLimits } from './limits.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { decodeBytes } from './text-encoding.js';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** Larger files are refused before parsing, so a huge upload cannot stall ingestion. */
export const MAX_DOCUMENT_BYTES = DEFAULT_LIMITS.maxBytes;

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

function decodeText(name: string, data: Buffer): string {
  // NUL bytes mean a binary file with a text extension.
  if (data.subarray(0, 4096).includes(0)) throw new IngestError(name, 'geen tekstbestand (binaire inhoud)');
  return decodeBytes(data);
}

/** Reads the file by extension; throws IngestError with a Dutch reason for unusable input. */
export async function readDocument(input: { name: string; data: Buffer }, limits: DocumentLimits = DEFAULT_LIMITS): Promise<{ text: string; format: DocumentFormat }> {
  const { name, data } = input;
  const ext = path.extname(name).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
    const shown = ext || '(geen extensie)';
    throw new IngestError(name, `onbekend bestandstype ${shown}; gebruik .txt, .md, .html, .pdf of .docx`);
  }
  if (data.length === 0) throw new IngestError(name, 'het bestand is leeg');
  if (data.length > limits.maxBytes) {
    throw new IngestError(name, `het bestand is groter dan de limiet van ${formatMb(limits.maxBytes)} (${formatMb(data.length)})`);
  }
  let text: string;
  if (format === 'pdf') text = await readPdf(name, data, limits);
  else if (format === 'docx') text = await readDocx(name, data, limits);
  else if (format === 'html') text = readHtml(data);
  else text = decodeText(name, data);
  if (!text.trim()) {
    throw new IngestError(name, format === 'pdf' ? 'het bestand is leeg (geen tekst in de PDF; gescand?)' : 'het bestand is leeg');
  }
  return { text, format };
}
