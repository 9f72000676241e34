import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelName, InboundFile } from './messages.js';
import type { ChannelSender } from './ports.js';

/** A route on the one HTTP server (console, /slack/events, /api/messages). */
export interface HttpRoute {
  method: 'GET' | 'POST' | '*';
  /** Exact path, or a prefix when `prefix` is true. */
  path: string;
  prefix?: boolean;
  /**
   * Who may call it. `console` (the default): a signed-in person, same-origin JSON for changes.
   * `public`: anyone (assets, sign-in), same-origin JSON for changes. `machine`: Slack, Teams and the
   * CLI, which prove themselves with a signature or token and send no cookies. `probe`: health checks,
   * also under a host name that is not ours.
   */
  access?: 'console' | 'public' | 'machine' | 'probe';
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** What a channel adapter gives the composition root. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  routes: HttpRoute[];
  /** Proactive sending, when the channel supports it. */
  sender?: ChannelSender;
  /** Fetches files people send with a message, when the channel supports it. */
  files?: InboundFileSource;
  start?(): Promise<void>;
  /** Stops taking work and waits for what is running, until `deadline` (ms since epoch) when given. */
  stop?(deadline?: number): Promise<void>;
}

/** Downloads a file sent with a message through its channel; refuses (ChannelError, Dutch) above `maxBytes`. */
export interface InboundFileSource {
  download(file: InboundFile, maxBytes: number): Promise<Buffer>;
}
