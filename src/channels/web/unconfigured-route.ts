import type { HttpRoute } from '../../core/channel.js';
import { sendJson } from './http-server.js';

/**
 * The endpoint of a channel this installation does not run: a clear 503 that names the setting, instead of
 * a bare 404, so whoever points Slack or Teams here sees what is missing.
 */
export function unconfiguredChannelRoute(path: string, channel: string, setting: string): HttpRoute {
  return {
    method: 'POST',
    path,
    access: 'machine',
    handle(_req, res) {
      sendJson(res, 503, { error: 'channel_not_configured', message: `${channel} is niet ingesteld op deze server: zet ${setting} en start opnieuw.` });
    },
  };
}
