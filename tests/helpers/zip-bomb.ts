/**
 * Builds .docx-shaped zip files for the upload-limit tests: a decompression bomb (a few MB that inflate to
 * gigabytes), one whose central directory lies about its sizes, and one with very many entries. The
 * deflate data is assembled from independently compressed, byte-aligned segments, so gigabytes of
 * content never exist in memory here.
 */
import { constants, deflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  /** Raw deflate data (or stored bytes when method is 0). */
  data: Buffer;
  method: 0 | 8;
  /** Sizes written into the headers (a lying bomb under-states them). */
  compressedSize: number;
  uncompressedSize: number;
}

const MIB = 1024 * 1024;

/** Deflate segments that can be concatenated: every one but the last ends with a full flush. */
const segment = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
const last = (data: Buffer) => deflateRawSync(data, { level: 9 });

/** Writes a zip (local headers, data, central directory, end record). CRCs are left 0: nothing we test reads them. */
function zip(entries: Entry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(e.method, 10);
    header.writeUInt32LE(e.compressedSize, 20);
    header.writeUInt32LE(e.uncompressedSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const stored = (name: string, text: string): Entry => {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, compressedSize: data.length, uncompressedSize: data.length };
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** word/document.xml whose one text run is `mib` MiB of the letter A. */
function bigDocument(mib: number): { data: Buffer; size: number } {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const chunk = segment(Buffer.alloc(MIB, 'A'));
  const data = Buffer.concat([segment(head), ...Array.from({ length: mib }, () => chunk), last(tail)]);
  return { data, size: head.length + mib * MIB + tail.length };
}

/** A Word document that inflates to `mib` MiB; with honest sizes in its headers unless `lie` is set. */
export function docxBomb(mib: number, options: { lie?: boolean } = {}): Buffer {
  const doc = bigDocument(mib);
  return zip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    { name: 'word/document.xml', data: doc.data, method: 8, compressedSize: doc.data.length, uncompressedSize: options.lie ? 4096 : doc.size },
  ]);
}

/** A small Word document padded with `count` empty entries. */
export function docxWithEntries(count: number): Buffer {
  const body = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Afspraak 1. Bouwen</w:t></w:r></w:p></w:body></w:document>';
  return zip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    stored('word/document.xml', body),
    ...Array.from({ length: count }, (_, i) => stored(`word/media/leeg${i}.txt`, '')),
  ]);
}
