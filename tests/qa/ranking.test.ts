import { describe, expect, it } from 'vitest';
import { createAnalyzer, endsInMainVerb } from '../../src/qa/analysis/analyzer.js';
import { buildTermQueries, proximityFactor } from '../../src/qa/ranking.js';
import { createRefreshingCache } from '../../src/qa/refreshing-cache.js';

const analyzer = createAnalyzer();
const stats = (total: number, df: Record<string, number>) => ({ total, df: new Map(Object.entries(df)) });

describe('term queries', () => {
  it('lets only rare topic words select candidates and scores the common ones', () => {
    const terms = analyzer.queryTerms('woningen verkopen');
    const { queries } = buildTermQueries(terms, stats(1000, { woning: 900, verkop: 30 }));
    expect(queries.map((q) => q.match)).toEqual([false, true]);
  });

  it('falls back to the rarest known word when every word is common', () => {
    const terms = analyzer.queryTerms('woningen kwartaal');
    const [woning, kwartaal] = terms.map((t) => t.alternatives[0]![0]!);
    const { queries } = buildTermQueries(terms, stats(1000, { [woning!]: 900, [kwartaal!]: 500 }));
    expect(queries.map((q) => q.match)).toEqual([false, true]);
  });

  it('counts an unseen clause-final verb at half weight toward coverage, an unseen noun fully', () => {
    const verb = analyzer.queryTerms('Welk energielabel wil de corporatie bereiken?');
    expect(verb.at(-1)).toMatchObject({ word: 'bereiken', finalVerb: true });
    const v = buildTermQueries(verb, stats(100, { energielabel: 2, corporatie: 40 }));
    expect(v.coverageWeights.at(-1)).toBeCloseTo(v.weights.at(-1)! / 2);
    const noun = analyzer.queryTerms('Wat is afgesproken over een zwembad?');
    const n = buildTermQueries(noun, stats(100, {}));
    expect(n.coverageWeights).toEqual(n.weights);
  });
});

describe('main verb detection', () => {
  it('takes the last word as the verb only after an auxiliary', () => {
    expect(endsInMainVerb('Hoeveel woningen gaat de corporatie verkopen?')).toBe(true);
    expect(endsInMainVerb('Hoeveel woningen worden in 2026 verduurzaamd?')).toBe(false);
    expect(endsInMainVerb('Wat wordt er gebouwd?')).toBe(true);
    expect(endsInMainVerb('Wat is afgesproken over woonwagenlocaties?')).toBe(false);
    expect(endsInMainVerb('Welke afspraken gelden voor statushouders?')).toBe(false);
  });
});

describe('proximity factor', () => {
  it('ranges from 0.6 without a sentence holding the words to 1 for the best sentence', () => {
    expect(proximityFactor(0)).toBeCloseTo(0.6);
    expect(proximityFactor(1)).toBe(1);
    expect(proximityFactor(2)).toBe(1);
  });
});

describe('refreshing cache', () => {
  it('serves the old value while reloading in the background once stale', async () => {
    let clock = 0;
    let loads = 0;
    let release: (v: number) => void = () => undefined;
    const cache = createRefreshingCache(
      () => (++loads === 1 ? Promise.resolve(1) : new Promise<number>((r) => (release = r))),
      100,
      { now: () => clock },
    );
    expect(await cache.get()).toBe(1);
    clock = 150;
    expect(await cache.get()).toBe(1);
    expect(loads).toBe(2);
    release(2);
    await new Promise((r) => setImmediate(r));
    expect(await cache.get()).toBe(2);
  });

  it('loads afresh and waits after invalidation, and retries a failed first load', async () => {
    let n = 0;
    const cache = createRefreshingCache(async () => {
      n++;
      if (n === 1) throw new Error('database down');
      return n;
    }, 1000);
    await expect(cache.get()).rejects.toThrow('database down');
    expect(await cache.get()).toBe(2);
    cache.invalidate();
    expect(await cache.get()).toBe(3);
  });
});
