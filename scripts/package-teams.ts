/**
 * Builds the Teams app package: dist/afsprakenbot-teams.zip with manifest.json (id and botId filled from
 * TEAMS_CLIENT_ID, or --id <guid>), color.png and outline.png. A minimal zip writer (deflate + CRC-32), no deps.
 * Run: TEAMS_CLIENT_ID=<guid> npm run package:teams
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from './make-teams-icons.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_DIR = path.join(ROOT, 'manifest', 'teams');
export const PACKAGE_PATH = path.join(ROOT, 'dist', 'afsprakenbot-teams.zip');
const PLACEHOLDER = '${{TEAMS_CLIENT_ID}}';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest text with the app id (and bot id) filled in; refuses anything that is not an Entra app id. */
export function fillManifest(template: string, clientId: string): string {
  if (!GUID.test(clientId)) throw new Error(`TEAMS_CLIENT_ID "${clientId}" is geen app-id (GUID, bijvoorbeeld 00000000-0000-0000-0000-000000000000)`);
  return template.split(PLACEHOLDER).join(clientId);
}

/** A zip archive (deflated entries, no directories), as Teams accepts for an app package. */
export function createZip(entries: Array<{ name: string; data: Buffer }>, date = new Date(2026, 0, 1)): Buffer {
  const dosTime = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const dosDate = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, compressed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + compressed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** The app package for a client id: manifest.json plus the two icons, at the zip's root. */
export function buildTeamsPackage(clientId: string, manifestDir = MANIFEST_DIR): Buffer {
  const manifest = fillManifest(readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'), clientId);
  return createZip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(path.join(manifestDir, 'color.png')) },
    { name: 'outline.png', data: readFileSync(path.join(manifestDir, 'outline.png')) },
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--id');
  const clientId = (i > -1 ? process.argv[i + 1] : process.env.TEAMS_CLIENT_ID)?.trim();
  if (!clientId) {
    console.error('TEAMS_CLIENT_ID ontbreekt: zet de app-id van je Azure Bot / Entra-app (of geef --id <guid>).');
    process.exit(1);
  }
  try {
    const zip = buildTeamsPackage(clientId);
    mkdirSync(path.dirname(PACKAGE_PATH), { recursive: true });
    writeFileSync(PACKAGE_PATH, zip);
    console.log(`${path.relative(process.cwd(), PACKAGE_PATH)} geschreven (${zip.length} bytes) — upload in Teams: Apps → Apps beheren → Een app uploaden.`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
