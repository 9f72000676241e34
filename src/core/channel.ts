import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelName } from './messages.js';
import type { ChannelSender } from './ports.js';

/** A route on the one HTTP server (console, /slack/events, /api/messages). */
export interface HttpRoute {
  method: 'GET' | 'POST' | '*';
  /** Exact path, or a prefix when `prefix` is true. */
  path: string;
  prefix?: boolean;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** What a channel adapter gives the composition root. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  routes: HttpRoute[];
  /** Proactive sending, when the channel supports it. */
  sender?: ChannelSender;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
