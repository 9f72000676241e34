import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Which folder (relative to src/) may import each package. */
const OWNERS: Array<{ pkg: RegExp; allowed: string[] }> = [
  { pkg: /^@slack\//, allowed: ['channels/slack/'] },
  { pkg: /^@microsoft\/teams\./, allowed: ['channels/teams/'] },
  { pkg: /^openai$/, allowed: ['llm/'] },
  { pkg: /^node-cron$/, allowed: ['scheduler/'] },
  { pkg: /^@prisma\/|^pglite-prisma-adapter$|^@electric-sql\/pglite$|^pg$/, allowed: ['storage/'] },
];

const importsOf = (source: string) =>
  [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);

describe('architecture boundaries', () => {
  const all = files(SRC).map((f) => ({ rel: path.relative(SRC, f).split(path.sep).join('/'), source: readFileSync(f, 'utf8') }));

  it('imports each SDK, openai, node-cron and the Prisma client only in its own folder', () => {
    const violations: string[] = [];
    for (const { rel, source } of all) {
      for (const spec of importsOf(source)) {
        const owner = OWNERS.find((o) => o.pkg.test(spec));
        if (owner && !owner.allowed.some((a) => rel.startsWith(a))) violations.push(`${rel} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('reads process.env only in config/ (and the CLI entry that hands it to config)', () => {
    const readers = all.filter(({ rel, source }) => /process\.env\b/.test(source) && !rel.startsWith('config/') && rel !== 'channels/cli/main.ts');
    expect(readers.map((r) => r.rel)).toEqual([]);
  });

  it('keeps core free of our other folders', () => {
    const bad = all
      .filter(({ rel }) => rel.startsWith('core/'))
      .flatMap(({ rel, source }) => importsOf(source).filter((s) => s.startsWith('../')).map((s) => `${rel} → ${s}`));
    expect(bad).toEqual([]);
  });

  it('lets channel adapters use only core, conversation, config and their own folder', () => {
    const bad = all
      .filter(({ rel }) => rel.startsWith('channels/') && !rel.startsWith('channels/cli/'))
      .flatMap(({ rel, source }) => {
        const own = rel.split('/').slice(0, 2).join('/') + '/';
        return importsOf(source)
          .filter((s) => s.startsWith('.'))
          .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(rel), s)))
          // The one HTTP server and its body helpers are shared by every HTTP channel.
          .filter((target) => !target.startsWith(own) && !/^(core|conversation|config)\//.test(target) && target !== 'channels/web/http-server.js')
          .map((target) => `${rel} → ${target}`);
      });
    expect(bad).toEqual([]);
  });
});
