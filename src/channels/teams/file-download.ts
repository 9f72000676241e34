/**
 * Files sent to the bot in a Teams personal chat arrive as attachments of type
 * `application/vnd.microsoft.teams.file.download.info` with a short-lived `downloadUrl`. It is fetched
 * only from Microsoft's file hosts (SharePoint/OneDrive, pre-authenticated) or from the Bot Connector the
 * activity came from, which gets the bot's token; never beyond the upload limit.
 */
import type { InboundFileSource } from '../../core/channel.js';
import { ChannelError } from '../../core/errors.js';
import { readLimited } from '../../core/read-limited.js';
import type { InboundFile } from '../../core/messages.js';
import type { InboundActivity } from './activity-mapping.js';
import { teamsTexts as t } from './texts.js';

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const DOWNLOAD_TIMEOUT_MS = 60_000;
const FILE_HOSTS = ['.sharepoint.com', '.sharepoint.us', '.sharepoint.cn', '.sharepoint-df.com', '.1drv.com', '.onedrive.com'];

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

interface FileRef {
  downloadUrl: string;
  serviceUrl?: string;
}

/** The files of an activity; the reference keeps the download URL and the connector it came through. */
export function teamsFilesOf(a: InboundActivity): InboundFile[] | undefined {
  const files = (a.attachments ?? [])
    .filter((x) => x.contentType === FILE_DOWNLOAD_INFO)
    .map((x) => ({ name: x.name ?? '', content: (x.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown } }))
    .filter((x) => typeof x.content.downloadUrl === 'string' && x.content.downloadUrl.length > 0)
    .map((x): InboundFile => ({
      name: x.name || `bestand.${String(x.content.fileType ?? 'onbekend')}`,
      ref: JSON.stringify({ downloadUrl: String(x.content.downloadUrl), serviceUrl: a.serviceUrl } satisfies FileRef),
      ...(typeof x.content.fileType === 'string' ? { mimeType: x.content.fileType } : {}),
    }));
  return files.length ? files : undefined;
}

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** How a download URL may be fetched: with the bot token (its own connector), without (Microsoft's file hosts), or not. */
export function downloadMode(ref: FileRef): 'token' | 'plain' | null {
  let url: URL;
  try {
    url = new URL(ref.downloadUrl);
  } catch {
    return null;
  }
  const connector = ref.serviceUrl ? new URL(ref.serviceUrl) : null;
  if (connector && url.origin === connector.origin && (url.protocol === 'https:' || isLoopback(url.hostname))) return 'token';
  if (url.protocol === 'https:' && FILE_HOSTS.some((h) => url.hostname.endsWith(h))) return 'plain';
  return null;
}

/** What the adapter gives: a GET through the SDK's connector client, which adds the bot token. */
export type TokenGet = (url: string, opts: { maxBytes: number; timeoutMs: number }) => Promise<{ status: number; data: ArrayBuffer | Buffer }>;

async function plainGet(url: string, maxBytes: number, name: string): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'error' });
  if (!res.ok) throw new ChannelError(res.status === 404 ? 'not_found' : res.status === 401 || res.status === 403 ? 'forbidden' : 'unavailable', t.fileDownloadFailed(`HTTP ${res.status}`));
  return readLimited(res, maxBytes, () => new ChannelError('bad_request', t.fileTooLarge(name, mb(maxBytes))));
}

export function createTeamsFileSource(tokenGet: TokenGet): InboundFileSource {
  return {
    async download(file, maxBytes) {
      let ref: FileRef;
      try {
        ref = JSON.parse(file.ref) as FileRef;
      } catch {
        throw new ChannelError('bad_request', t.fileRefused);
      }
      const mode = downloadMode(ref);
      if (!mode) throw new ChannelError('forbidden', t.fileRefused);
      try {
        if (mode === 'plain') return await plainGet(ref.downloadUrl, maxBytes, file.name);
        const res = await tokenGet(ref.downloadUrl, { maxBytes, timeoutMs: DOWNLOAD_TIMEOUT_MS });
        const data = Buffer.from(res.data as ArrayBuffer);
        if (data.length > maxBytes) throw new ChannelError('bad_request', t.fileTooLarge(file.name, mb(maxBytes)));
        return data;
      } catch (err) {
        if (err instanceof ChannelError) throw err;
        const status = (err as { response?: { status?: number } }).response?.status;
        if ((err as { code?: string }).code === 'ERR_BAD_RESPONSE' && !status) throw new ChannelError('bad_request', t.fileTooLarge(file.name, mb(maxBytes)), undefined, { cause: err });
        throw new ChannelError(status === 404 ? 'not_found' : 'unavailable', t.fileDownloadFailed(status ? `HTTP ${status}` : String((err as Error).message ?? err)), undefined, { cause: err });
      }
    },
  };
}
