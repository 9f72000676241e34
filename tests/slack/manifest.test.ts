import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_EVENTS_PATH, SLACK_SUBSCRIPTIONS } from '../../src/channels/slack/slack-adapter.js';
import { repoPath } from '../helpers/temp-db.js';

interface Manifest {
  features: { slash_commands?: Array<{ command: string; url?: string }>; bot_user?: unknown; assistant_view?: unknown; app_home?: { home_tab_enabled?: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const load = (file: string) => parse(readFileSync(repoPath('manifest', file), 'utf8')) as Manifest;
const sorted = (xs: readonly string[]) => [...xs].sort();

describe.each([
  ['slack.yaml', 'http'],
  ['slack.socket.yaml', 'socket'],
] as const)('Slack manifest %s', (file, mode) => {
  const m = load(file);

  it('subscribes to exactly the events the adapter listens to', () => {
    expect(sorted(m.settings.event_subscriptions.bot_events)).toEqual(sorted(SLACK_SUBSCRIPTIONS.events));
  });

  it('asks for exactly the bot scopes the code uses', () => {
    expect(sorted(m.oauth_config.scopes.bot)).toEqual(sorted(SLACK_SUBSCRIPTIONS.scopes));
  });

  it('declares the slash command and interactivity', () => {
    expect(m.features.slash_commands?.map((c) => c.command)).toEqual([...SLACK_SUBSCRIPTIONS.commands]);
    expect(m.settings.interactivity.is_enabled).toBe(SLACK_SUBSCRIPTIONS.interactivity);
    expect(m.features.bot_user).toBeDefined();
    expect(m.features.assistant_view).toBeDefined();
  });

  it('enables the Home tab the app_home_opened listener publishes', () => {
    expect(m.features.app_home?.home_tab_enabled).toBe(SLACK_SUBSCRIPTIONS.events.includes('app_home_opened'));
  });

  it(mode === 'http' ? 'points every request URL at /slack/events' : 'enables Socket Mode and has no request URLs', () => {
    const urls = [m.settings.event_subscriptions.request_url, m.settings.interactivity.request_url, ...(m.features.slash_commands ?? []).map((c) => c.url)];
    if (mode === 'http') {
      expect(m.settings.socket_mode_enabled).toBe(false);
      for (const url of urls) expect(url).toBe(`https://YOUR-HOST${SLACK_EVENTS_PATH}`);
    } else {
      expect(m.settings.socket_mode_enabled).toBe(true);
      expect(urls.filter(Boolean)).toEqual([]);
    }
  });
});
