/** .docx → text via mammoth's HTML output, so Word tables keep their columns. */
import mammoth from 'mammoth';
import { IngestError } from '../core/errors.js';
import { htmlToText } from './read-html.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a Word document; another zip (or a renamed file) is reported as "geen Word-document (.docx)". */
export async function readDocx(name: string, data: Buffer): Promise<string> {
  // A docx is a zip that contains word/document.xml; the file name is stored uncompressed in the zip.
  if (!data.subarray(0, 4).equals(ZIP_MAGIC) || !data.includes('word/document')) {
    throw new IngestError(name, 'geen Word-document (.docx)');
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: data });
    return htmlToText(result.value);
  } catch (cause) {
    throw new IngestError(name, 'geen Word-document (.docx)', { cause });
  }
}
