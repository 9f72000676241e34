/** PDF → text with pdfjs, keeping reading order and table columns from item positions. */
import { IngestError } from '../core/errors.js';
import { DEFAULT_LIMITS, type DocumentLimits } from './limits.js';
import { layoutPages, type PositionedText } from './pdf-layout.js';

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Reads a PDF; a renamed or damaged file is reported as "geen geldige PDF", one past the page limit as such. */
export async function readPdf(name: string, data: Buffer, limits: DocumentLimits = DEFAULT_LIMITS): Promise<string> {
  // The header may be preceded by a little junk, as PDF readers allow; anything else is not a PDF.
  if (!data.subarray(0, 1024).includes('%PDF-')) throw new IngestError(name, 'geen geldige PDF');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    // The page count comes from the cross-reference table; no page has been parsed yet.
    if (doc.numPages > limits.pdfMaxPages) throw new IngestError(name, `de PDF heeft ${doc.numPages} pagina's; de limiet is ${limits.pdfMaxPages}`);
    const pages: PositionedText[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItemLike[])
          .filter((i) => typeof i.str === 'string' && i.transform)
          .map((i) => ({
            str: i.str!,
            x: i.transform![4]!,
            y: i.transform![5]!,
            width: i.width ?? 0,
            fontSize: Math.hypot(i.transform![2]!, i.transform![3]!) || i.height || 10,
          })),
      );
      page.cleanup();
    }
    return layoutPages(pages);
  } catch (cause) {
    if (cause instanceof IngestError) throw cause;
    if (cause instanceof Error && cause.name === 'PasswordException') {
      throw new IngestError(name, 'de PDF is beveiligd met een wachtwoord', { cause });
    }
    throw new IngestError(name, 'geen geldige PDF', { cause });
  } finally {
    await task.destroy();
  }
}
