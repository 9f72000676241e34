/** Slack Web API failures → our ChannelError with a stable code; the core never sees an SDK error shape. */
import { ChannelError } from '../../core/errors.js';

type Code = ConstructorParameters<typeof ChannelError>[0];

const PLATFORM_CODES: Record<string, Code> = {
  not_authed: 'unauthorized',
  invalid_auth: 'unauthorized',
  account_inactive: 'unauthorized',
  token_revoked: 'unauthorized',
  token_expired: 'unauthorized',
  no_permission: 'forbidden',
  missing_scope: 'forbidden',
  not_allowed_token_type: 'forbidden',
  restricted_action: 'forbidden',
  not_in_channel: 'forbidden',
  is_archived: 'forbidden',
  cannot_dm_bot: 'forbidden',
  ekm_access_denied: 'forbidden',
  channel_not_found: 'not_found',
  user_not_found: 'not_found',
  users_not_found: 'not_found',
  thread_not_found: 'not_found',
  message_not_found: 'not_found',
  ratelimited: 'rate_limited',
  rate_limited: 'rate_limited',
  fatal_error: 'unavailable',
  internal_error: 'unavailable',
  service_unavailable: 'unavailable',
  request_timeout: 'unavailable',
};

function httpCode(status: number): Code {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'unavailable';
  return 'bad_request';
}

interface SlackErrorShape {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
  message?: string;
}

/** The Slack error name (`channel_not_found`) or HTTP status behind an SDK error, for logs and tests. */
export function slackErrorName(err: unknown): string {
  const e = (err ?? {}) as SlackErrorShape;
  return e.data?.error ?? (e.statusCode ? `http_${e.statusCode}` : (e.code ?? String(err)));
}

/** Translates any error from @slack/web-api (or a response_url POST) into a ChannelError. */
export function toChannelError(err: unknown, what = 'Slack'): ChannelError {
  if (err instanceof ChannelError) return err;
  const e = (err ?? {}) as SlackErrorShape;
  let code: Code = 'bad_request';
  let retryAfter: number | undefined;
  if (e.code === 'slack_webapi_platform_error' && e.data?.error) code = PLATFORM_CODES[e.data.error] ?? 'bad_request';
  else if (e.code === 'slack_webapi_rate_limited_error') {
    code = 'rate_limited';
    retryAfter = e.retryAfter;
  } else if (e.code === 'slack_webapi_http_error' && e.statusCode) code = httpCode(e.statusCode);
  else if (e.code === 'slack_bolt_respond_error' && e.statusCode) code = httpCode(e.statusCode);
  else if (e.code === 'slack_webapi_request_error') code = 'unavailable';
  return new ChannelError(code, `${what}: ${slackErrorName(err)}`, retryAfter, { cause: err });
}
