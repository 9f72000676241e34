import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/channels/web/auth/web-auth.js';
import { crossSiteRefusal, hostnameOf, isLocalRequest } from '../../src/channels/web/security/request-origin.js';
import { escapeSlack, slackUserMention } from '../../src/core/escape-slack.js';
import { escapeTeams } from '../../src/core/escape-teams.js';

const request = (headers: Record<string, string>, remoteAddress = '127.0.0.1') => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;
const PUBLIC = 'https://afspraken.gemeente.nl';

describe('same-origin check for changes', () => {
  const json = { 'content-type': 'application/json; charset=utf-8', host: 'afspraken.gemeente.nl' };
  it('accepts same-origin JSON by Origin or by Sec-Fetch-Site', () => {
    expect(crossSiteRefusal(request({ ...json, origin: 'https://afspraken.gemeente.nl' }), PUBLIC)).toBeNull();
    expect(crossSiteRefusal(request({ ...json, 'sec-fetch-site': 'same-origin' }), PUBLIC)).toBeNull();
    // Behind a TLS proxy the server sees http, the browser says https: the host decides.
    expect(crossSiteRefusal(request({ ...json, host: 'localhost:3000', origin: 'http://localhost:3000' }), PUBLIC)).toBeNull();
  });

  it('refuses forms, text/plain, other origins, same-site siblings and requests that say nothing', () => {
    expect(crossSiteRefusal(request({ ...json, 'content-type': 'text/plain', origin: PUBLIC }), PUBLIC)).toBe('content_type');
    expect(crossSiteRefusal(request({ ...json, 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC }), PUBLIC)).toBe('content_type');
    expect(crossSiteRefusal(request({ ...json, origin: 'https://evil.example' }), PUBLIC)).toBe('cross_site');
    expect(crossSiteRefusal(request({ ...json, origin: 'https://intranet.gemeente.nl', 'sec-fetch-site': 'same-site' }), PUBLIC)).toBe('cross_site');
    expect(crossSiteRefusal(request({ ...json, origin: 'null' }), PUBLIC)).toBe('cross_site');
    expect(crossSiteRefusal(request(json), PUBLIC)).toBe('no_origin');
  });
});

describe('request helpers', () => {
  it('reads the Host name without port, brackets or trailing dot', () => {
    expect(hostnameOf(request({ host: 'Afspraken.Gemeente.NL.:443' }))).toBe('afspraken.gemeente.nl');
    expect(hostnameOf(request({ host: '[::1]:3000' }))).toBe('::1');
  });

  it('counts only loopback requests without forwarding headers as local', () => {
    expect(isLocalRequest(request({}, '127.0.0.1'))).toBe(true);
    expect(isLocalRequest(request({}, '::ffff:127.0.0.1'))).toBe(true);
    expect(isLocalRequest(request({}, '192.0.2.7'))).toBe(false);
    expect(isLocalRequest(request({ 'x-forwarded-for': '203.0.113.1' }, '127.0.0.1'))).toBe(false);
  });

  it('returns only to paths on this site after signing in', () => {
    expect(safeReturnPath('/dashboard/Almelo?jaar=2026')).toBe('/dashboard/Almelo?jaar=2026');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/auth/login', '', null]) expect(safeReturnPath(bad)).toBe('/');
  });
});

describe('escaping functions', () => {
  it('Slack: entities for &, < and >; mentions only for real user ids', () => {
    expect(escapeSlack('<!channel> & <@U1|x> <https://e.x|klik>')).toBe('&lt;!channel&gt; &amp; &lt;@U1|x&gt; &lt;https://e.x|klik&gt;');
    expect(slackUserMention('U0ASKER')).toBe('<@U0ASKER>');
    expect(slackUserMention('U1> <!channel')).toBeNull();
  });

  it('Teams: breaks links, references, autolinks and tags but keeps emphasis and brackets as text', () => {
    const out = escapeTeams('**Let op** [klik](https://e.x) ![b](https://e.x/b.png) [t][r] [r]: https://e.x <at>Iedereen</at> <https://e.x> a < b [1]');
    expect(out).not.toMatch(/\]\(|\]\[|\]:|<[A-Za-z/!?]/);
    expect(out.replace(/\u200B/g, '')).toBe('**Let op** [klik](https://e.x) ![b](https://e.x/b.png) [t][r] [r]: https://e.x <at>Iedereen</at> <https://e.x> a < b [1]');
  });
});
