/**
 * Writes the Teams app icons (manifest/teams/color.png 192×192, outline.png 32×32 white on transparent)
 * as PNGs with node:zlib, no image library. Run: node --import tsx scripts/make-teams-icons.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes an RGBA image (8 bits per channel) as PNG. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A house (roof + body + door) in a unit square: true where the shape is, for (u, v) in [0, 1). */
function house(u: number, v: number): boolean {
  const roof = v >= 0.18 && v < 0.5 && Math.abs(u - 0.5) <= (v - 0.18) * 1.25;
  const body = v >= 0.48 && v < 0.82 && u >= 0.24 && u < 0.76;
  const door = v >= 0.6 && u >= 0.44 && u < 0.56;
  return (roof || body) && !door;
}

const ACCENT: Rgba = [0x0f, 0x6e, 0x6e, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];

export const colorIcon = () => encodePng(192, 192, (x, y) => (house((x + 0.5) / 192, (y + 0.5) / 192) ? WHITE : ACCENT));
export const outlineIcon = () => encodePng(32, 32, (x, y) => (house((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : CLEAR));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../manifest/teams');
  writeFileSync(path.join(dir, 'color.png'), colorIcon());
  writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
  console.log(`icons written to ${dir}`);
}
