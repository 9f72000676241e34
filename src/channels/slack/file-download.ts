/**
 * Files sent to the bot in Slack: `files.info` (through the configured Web API base URL) gives the private
 * download URL, which is fetched with the bot token — only from Slack's own hosts (or that base URL), never
 * beyond the upload limit.
 */
import type { webApi } from '@slack/bolt';
import type { InboundFileSource } from '../../core/channel.js';
import { ChannelError } from '../../core/errors.js';
import { readLimited } from '../../core/read-limited.js';
import type { InboundFile } from '../../core/messages.js';
import { slackErrorName, toChannelError } from './slack-errors.js';
import { slackTexts as t } from './texts.js';

const DOWNLOAD_TIMEOUT_MS = 60_000;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A file object from a message event, or from files.info. */
interface SlackFile {
  id?: string;
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
}

/** The files of a message event as InboundFiles (ids only; the download asks files.info). */
export function toInboundFiles(files: SlackFile[] | undefined): InboundFile[] | undefined {
  const out = (files ?? [])
    .filter((f): f is SlackFile & { id: string } => typeof f.id === 'string' && f.id.length > 0)
    .map((f) => ({ name: f.name || f.title || f.id, ref: f.id, ...(f.size ? { size: f.size } : {}), ...(f.mimetype ? { mimeType: f.mimetype } : {}) }));
  return out.length ? out : undefined;
}

/** Where the bot token may go: Slack's file hosts over https, or the configured Web API's own origin. */
export function mayFetchWithToken(url: URL, apiUrl?: string): boolean {
  if (apiUrl && url.origin === new URL(apiUrl).origin) return true;
  return url.protocol === 'https:' && (url.hostname === 'files.slack.com' || url.hostname.endsWith('.slack.com'));
}

export function createSlackFileSource(deps: { api: webApi.WebClient; botToken: string; apiUrl?: string }): InboundFileSource {
  return {
    async download(file, maxBytes) {
      let info: SlackFile | undefined;
      try {
        info = (await deps.api.files.info({ file: file.ref })).file as SlackFile | undefined;
      } catch (err) {
        const code = toChannelError(err).code as ConstructorParameters<typeof ChannelError>[0];
        throw new ChannelError(code, t.fileInfoFailed(slackErrorName(err)), undefined, { cause: err });
      }
      const link = info?.url_private_download ?? info?.url_private;
      if (!link) throw new ChannelError('not_found', t.fileNotFound);
      if (info?.size && info.size > maxBytes) throw new ChannelError('bad_request', t.fileTooLarge(file.name, mb(maxBytes)));
      const url = new URL(link);
      if (!mayFetchWithToken(url, deps.apiUrl)) throw new ChannelError('forbidden', t.fileHostRefused(url.hostname));
      let res: Response;
      try {
        res = await fetch(url, { headers: { authorization: `Bearer ${deps.botToken}` }, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      } catch (err) {
        throw new ChannelError('unavailable', t.fileDownloadFailed(String((err as Error).name ?? err)), undefined, { cause: err });
      }
      if (!res.ok) throw new ChannelError(res.status === 404 ? 'not_found' : res.status === 401 || res.status === 403 ? 'forbidden' : 'unavailable', t.fileDownloadFailed(`HTTP ${res.status}`));
      // Without access Slack answers its sign-in page with 200: that is not the document.
      const type = res.headers.get('content-type') ?? '';
      if (type.startsWith('text/html') && !/\.html?$/i.test(file.name)) throw new ChannelError('forbidden', t.fileNoAccess);
      return readLimited(res, maxBytes, () => new ChannelError('bad_request', t.fileTooLarge(file.name, mb(maxBytes))));
    },
  };
}
