/**
 * Upload limits: a document is refused, with a Dutch message that names the limit, before it can take
 * the server's memory or time. A DOCX (a zip) is checked on its central directory before anything is
 * inflated, a PDF on its page count before any text is extracted.
 */
export interface DocumentLimits {
  /** Any upload, in bytes as received. */
  maxBytes: number;
  /** A DOCX: everything in the zip together, uncompressed. */
  docxMaxUncompressedBytes: number;
  /** A DOCX: entries in the zip. */
  docxMaxEntries: number;
  /** A PDF: pages. */
  pdfMaxPages: number;
}

const MB = 1024 * 1024;

/** Generous for prestatieafspraken (tens of pages, a few MB), far below what hurts a server. */
export const DEFAULT_LIMITS: DocumentLimits = {
  maxBytes: 50 * MB,
  docxMaxUncompressedBytes: 100 * MB,
  docxMaxEntries: 1000,
  pdfMaxPages: 1000,
};

/** "12,5 MB" (Dutch decimal comma), for messages. */
export function formatMb(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1).replace('.', ',')} MB`;
}
