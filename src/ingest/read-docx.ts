/** .docx → text via mammoth's HTML output, so Word tables keep their columns. */
import { IngestError } from '../core/errors.js';
import { DEFAULT_LIMITS, type DocumentLimits } from './limits.js';
import { htmlToText } from './read-html.js';
import { checkZip } from './zip-check.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads a Word document; another zip (or a renamed file) is reported as "geen Word-document (.docx)", one
 * that would unpack past the limits as such, before mammoth inflates anything.
 */
export async function readDocx(name: string, data: Buffer, limits: DocumentLimits = DEFAULT_LIMITS): Promise<string> {
  // A docx is a zip that contains word/document.xml; the file name is stored uncompressed in the zip.
  if (!data.subarray(0, 4).equals(ZIP_MAGIC) || !data.includes('word/document')) {
    throw new IngestError(name, 'geen Word-document (.docx)');
  }
  checkZip(name, data, limits);
  // Loaded on the first Word document only: a serving bot rarely needs it (15 MB).
  const { default: mammoth } = await import('mammoth');
  try {
    // Loaded on first use: most runs never read a Word file.
    const { default: mammoth } = await import('mammoth');
    // Images are not read: their bytes would only cost memory, the text is what we extract.
    const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));
    const result = await mammoth.convertToHtml({ buffer: data }, { convertImage: skipImages });
    return htmlToText(result.value);
  } catch (cause) {
    throw new IngestError(name, 'geen Word-document (.docx)', { cause });
  }
}
