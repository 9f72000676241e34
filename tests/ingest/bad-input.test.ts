import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { IngestError } from '../../src/core/errors.js';
import { extractDocument } from '../../src/ingest/extract-agreements.js';
import { MAX_DOCUMENT_BYTES, readDocument } from '../../src/ingest/read-document.js';

async function failure(name: string, data: Buffer): Promise<IngestError> {
  const error = await readDocument({ name, data }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

/** A minimal zip archive holding one stored file, as a spreadsheet or other Office file would be. */
function zipWith(fileName: string, content: string): Buffer {
  const name = Buffer.from(fileName);
  const data = Buffer.from(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('refusing unusable files', () => {
  it('says the file is empty', async () => {
    const error = await failure('leeg.txt', Buffer.alloc(0));
    expect(error.message).toBe('leeg.txt: het bestand is leeg');
  });

  it('names an unknown extension and the ones that work', async () => {
    const error = await failure('afspraken.xyz', Buffer.from('1) iets'));
    expect(error.message).toContain('onbekend bestandstype .xyz; gebruik .txt, .md, .html, .pdf of .docx');
  });

  it('recognises a binary file renamed to .pdf', async () => {
    const error = await failure('foto.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]));
    expect(error.message).toContain('geen geldige PDF');
  });

  it('recognises a damaged PDF', async () => {
    const error = await failure('kapot.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'));
    expect(error.message).toContain('geen geldige PDF');
  });

  it('recognises a zip that is not a Word document', async () => {
    const error = await failure('tabel.docx', zipWith('xl/workbook.xml', '<workbook/>'));
    expect(error.message).toContain('geen Word-document (.docx)');
  });

  it('refuses a file over 50 MB before parsing it', async () => {
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20);
    const start = performance.now();
    const error = await failure('groot.pdf', big);
    expect(error.message).toContain('groter dan de limiet van 50 MB');
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('reports a document without agreements', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Een verslag van de gemeente Ydam zonder afspraken.')] }] }));
    const { text } = await readDocument({ name: 'verslag.docx', data: docx });

    expect(text).toBe('Een verslag van de gemeente Ydam zonder afspraken.');
    expect(() => extractDocument(text, { sourceName: 'verslag.docx' })).toThrow('verslag.docx: geen afspraken gevonden');
  });

  it('accepts text and markdown as they are', async () => {
    const result = await readDocument({ name: 'a.MD', data: Buffer.from('\uFEFF# Titel\n\n1. Afspraak') });
    expect(result).toEqual({ text: '# Titel\n\n1. Afspraak', format: 'markdown' });
  });
});
