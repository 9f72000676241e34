import { ChannelError } from '../../core/errors.js';

/** Translates a Bot Connector failure (an HTTP error from the SDK's client) into our ChannelError. */
export function toChannelError(err: unknown, what: string): ChannelError {
  if (err instanceof ChannelError) return err;
  const response = (err as { response?: { status?: number; headers?: Record<string, unknown>; data?: unknown } }).response;
  const status = response?.status;
  const detail = (err as Error)?.message ?? String(err);
  const options = { cause: err };
  if (status === 401) return new ChannelError('unauthorized', `${what}: Teams weigert de bot-credentials (401)`, undefined, options);
  if (status === 403) return new ChannelError('forbidden', `${what}: geen toegang (403) — is de app verwijderd of geblokkeerd?`, undefined, options);
  if (status === 404) return new ChannelError('not_found', `${what}: gesprek niet gevonden (404)`, undefined, options);
  if (status === 429) {
    const retry = Number(response?.headers?.['retry-after']);
    return new ChannelError('rate_limited', `${what}: te veel verzoeken (429)`, Number.isFinite(retry) ? retry : undefined, options);
  }
  if (status !== undefined && status >= 400 && status < 500) return new ChannelError('bad_request', `${what}: Teams weigerde het bericht (${status})`, undefined, options);
  return new ChannelError('unavailable', `${what}: Teams niet bereikbaar (${status ?? detail})`, undefined, options);
}
