/**
 * Checks a zip (a .docx) before a library inflates it: the central directory's entry count and sizes
 * against the limits, then every entry inflated with a hard output cap, so a directory that understates
 * its sizes is caught too. Memory stays bounded by the limits, whatever the file claims.
 */
import { inflateRawSync } from 'node:zlib';
import { IngestError } from '../core/errors.js';
import { formatMb, type DocumentLimits } from './limits.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const notDocx = (name: string, cause?: unknown) => new IngestError(name, 'geen Word-document (.docx)', cause ? { cause } : undefined);

/** The end-of-central-directory record is within the last 64 KiB + 22 bytes (its comment is at most 64 KiB). */
function findEnd(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) if (data.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function readDirectory(name: string, data: Buffer, limits: DocumentLimits): ZipEntry[] {
  const end = findEnd(data);
  if (end < 0) throw notDocx(name);
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  // ZIP64 (more than 65535 entries or 4 GB): never a Word document of ours, always over the limits.
  if (count === 0xffff || offset === 0xffffffff) throw new IngestError(name, `het Word-bestand is te groot (meer dan ${limits.docxMaxEntries} onderdelen of ${formatMb(limits.docxMaxUncompressedBytes)} uitgepakt)`);
  if (count > limits.docxMaxEntries) throw new IngestError(name, `het Word-bestand bevat ${count} onderdelen; de limiet is ${limits.docxMaxEntries}`);
  if (offset + size > end) throw notDocx(name);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || data.readUInt32LE(p) !== CENTRAL) throw notDocx(name);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    entries.push({
      flags: data.readUInt16LE(p + 8),
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      uncompressedSize: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
      name: data.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws an IngestError naming the limit when the zip is too big to open; otherwise returns quietly. */
export function checkZip(name: string, data: Buffer, limits: DocumentLimits): void {
  const entries = readDirectory(name, data, limits);
  const tooBig = () => new IngestError(name, `het Word-bestand pakt uit tot meer dan ${formatMb(limits.docxMaxUncompressedBytes)}; de limiet is ${formatMb(limits.docxMaxUncompressedBytes)} uitgepakt`);
  let declared = 0;
  for (const e of entries) {
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) throw tooBig();
    declared += e.uncompressedSize;
  }
  if (declared > limits.docxMaxUncompressedBytes) throw tooBig();
  // The directory may understate: inflate each entry with a cap of what it declared.
  for (const e of entries) {
    if (e.flags & 0x1) throw new IngestError(name, 'het Word-bestand is versleuteld (beveiligd met een wachtwoord)');
    const at = e.localOffset;
    if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) throw notDocx(name);
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const raw = data.subarray(start, start + e.compressedSize);
    if (raw.length !== e.compressedSize) throw notDocx(name);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw notDocx(name);
      continue;
    }
    if (e.method !== 8) throw notDocx(name);
    let inflated: number;
    try {
      inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize + 1) }).length;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
      throw notDocx(name, cause);
    }
    if (inflated > e.uncompressedSize) throw tooBig();
  }
}
