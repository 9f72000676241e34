import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRoute } from '../../core/channel.js';

/** The console's static files; only these names are served, so no path can escape the folder. */
const ASSETS: Record<string, string> = {
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
  'review.js': 'text/javascript; charset=utf-8',
};

export const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/** GET /assets/<name>: the console script and stylesheet, read once and kept in memory. */
export function createAssetRoutes(dir = ASSETS_DIR): HttpRoute[] {
  const cache = new Map<string, Buffer>();
  return [
    {
      method: 'GET',
      path: '/assets',
      prefix: true,
      access: 'public',
      async handle(req, res) {
        const name = new URL(req.url ?? '/', 'http://localhost').pathname.slice('/assets/'.length);
        const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
        if (!type) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`Onbekend bestand: ${name}`);
          return;
        }
        let body = cache.get(name);
        if (!body) {
          body = await readFile(path.join(dir, name));
          cache.set(name, body);
        }
        res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' });
        res.end(body);
      },
    },
  ];
}
