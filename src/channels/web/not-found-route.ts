import type { IncomingMessage } from 'node:http';
import type { HttpRoute } from '../../core/channel.js';
import { sendHtml, sendJson } from './http-server.js';
import { renderNotFoundPage } from './pages/not-found-page.js';
import { webTexts as t } from './texts.js';

/** API callers (and anyone asking for JSON) get JSON; a person in a browser gets a page. */
function wantsJson(req: IncomingMessage, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return true;
  if (/^\/(api|slack)(\/|$)/.test(pathname)) return true;
  const accept = req.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/**
 * The last route of the server: a path nobody serves. Browsers see the console's Dutch "Niet gevonden" page
 * with a way back; API paths and `Accept: application/json` get the JSON error as before.
 */
export function createNotFoundRoute(): HttpRoute {
  return {
    method: '*',
    path: '/',
    prefix: true,
    handle(req, res) {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (wantsJson(req, pathname)) sendJson(res, 404, { error: 'not_found', message: `Onbekend pad: ${pathname}` });
      else sendHtml(res, 404, renderNotFoundPage(t.notFound.page(pathname)));
    },
  };
}
