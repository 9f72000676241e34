import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { buildTeamsPackage, fillManifest, MANIFEST_DIR } from '../../scripts/package-teams.js';

const manifestText = readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const CLIENT_ID = '0f9e8d7c-6b5a-4c3d-9e2f-1a2b3c4d5e6f';

/** Reads a zip written by createZip back through its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, inflateRawSync(zip.subarray(dataStart, dataStart + size)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Width, height and RGBA pixels of a PNG written without row filters (as make-teams-icons does). */
function readPng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(png[25]).toBe(6); // RGBA
  const idat: Buffer[] = [];
  for (let p = 8; p < png.length; ) {
    const len = png.readUInt32BE(p);
    if (png.subarray(p + 4, p + 8).toString('ascii') === 'IDAT') idat.push(png.subarray(p + 8, p + 8 + len));
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

describe('teams app manifest', () => {
  it('uses a current schema and has the required fields', () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.19);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const key of ['name', 'privacyUrl', 'termsOfUseUrl', 'websiteUrl']) expect(manifest.developer[key]).toBeTruthy();
    for (const key of ['privacyUrl', 'termsOfUseUrl', 'websiteUrl']) expect(manifest.developer[key]).toMatch(/^https:\/\//);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(manifest.bots).toHaveLength(1);
    expect([...manifest.bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of manifest.bots[0].commandLists ?? []) {
      for (const c of list.commands) {
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('takes its app id and bot id from TEAMS_CLIENT_ID', () => {
    expect(manifest.id).toBe('${{TEAMS_CLIENT_ID}}');
    expect(manifest.bots[0].botId).toBe(manifest.id);
    const config = loadConfig({ TEAMS_CLIENT_ID: CLIENT_ID, TEAMS_CLIENT_SECRET: 'geheim' });
    const filled = JSON.parse(fillManifest(manifestText, config.teams!.clientId!));
    expect(filled.id).toBe(config.teams!.clientId);
    expect(filled.bots[0].botId).toBe(config.teams!.clientId);
    expect(() => fillManifest(manifestText, 'not-a-guid')).toThrow(/TEAMS_CLIENT_ID/);
  });

  it('packages manifest and icons in a zip with the configured id', () => {
    const files = unzip(buildTeamsPackage(CLIENT_ID));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(packaged.id).toBe(CLIENT_ID);
    expect(packaged.bots[0].botId).toBe(CLIENT_ID);
    expect(JSON.stringify(packaged)).not.toContain('${{');
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      white++;
    }
    expect(white).toBeGreaterThan(0);
    expect(white).toBeLessThan(32 * 32);
  });
});
