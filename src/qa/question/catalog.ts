import { nameWords } from './tokens.js';
import type { IndexSnapshot } from '../index/index-snapshot.js';
import { MunicipalityMatcher } from './municipalities.js';
import { PartyCatalog } from './parties.js';

/** What question analysis knows of the store: names to recognise, built once per index view. */
export interface Catalog {
  snapshot: IndexSnapshot;
  municipalities: MunicipalityMatcher;
  parties: PartyCatalog;
  /** Stored municipalities, as stored. */
  stored: string[];
  /** Chapter/theme titles, normalised, with the municipalities that use them. */
  themes: Array<{ title: string; words: string; municipalities: Set<string> }>;
}

const catalogs = new WeakMap<IndexSnapshot, Catalog>();

/** The catalog of an index view; built on first use unless the live index prepared it before the swap. */
export function catalogFor(snapshot: IndexSnapshot): Catalog {
  const hit = catalogs.get(snapshot);
  if (hit) return hit;
  const collected = collect(snapshot, snapshot.all());
  return finish(snapshot, collected);
}

/** Builds the catalog in slices that yield to the event loop (for the live index, before a view goes live). */
export async function prepareCatalog(snapshot: IndexSnapshot, yieldToLoop: () => Promise<void>, sliceMs = 8): Promise<void> {
  if (catalogs.has(snapshot)) return;
  const acc = emptyAcc();
  let started = performance.now();
  for (const ref of snapshot.all()) {
    add(acc, ref.a);
    if (performance.now() - started > sliceMs) {
      await yieldToLoop();
      started = performance.now();
    }
  }
  finish(snapshot, acc);
}

type Acc = { responsible: Map<string, { municipality: string; name: string }>; themes: Map<string, { title: string; words: string; municipalities: Set<string> }> };
const emptyAcc = (): Acc => ({ responsible: new Map(), themes: new Map() });

function add(acc: Acc, a: { municipality: string; responsible: string[]; chapterTitle: string | null }): void {
  for (const name of a.responsible) {
    const k = `${a.municipality}|${name}`;
    if (!acc.responsible.has(k)) acc.responsible.set(k, { municipality: a.municipality, name });
  }
  if (a.chapterTitle) {
    const words = nameWords(a.chapterTitle).join(' ');
    const t = acc.themes.get(words) ?? { title: a.chapterTitle, words, municipalities: new Set<string>() };
    t.municipalities.add(a.municipality);
    acc.themes.set(words, t);
  }
}

function collect(_snapshot: IndexSnapshot, refs: Iterable<{ a: { municipality: string; responsible: string[]; chapterTitle: string | null } }>): Acc {
  const acc = emptyAcc();
  for (const { a } of refs) add(acc, a);
  return acc;
}

function finish(snapshot: IndexSnapshot, acc: Acc): Catalog {
  const stored = snapshot.municipalities();
  const catalog: Catalog = {
    snapshot,
    municipalities: new MunicipalityMatcher(stored),
    parties: new PartyCatalog(snapshot.parties, [...acc.responsible.values()]),
    stored,
    themes: [...acc.themes.values()],
  };
  catalogs.set(snapshot, catalog);
  return catalog;
}
