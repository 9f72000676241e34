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

/** The catalog of an index view; built on first use (the live index builds it before swapping a view in). */
export function catalogFor(snapshot: IndexSnapshot): Catalog {
  const hit = catalogs.get(snapshot);
  if (hit) return hit;
  const stored = snapshot.municipalities();
  const responsible = new Map<string, { municipality: string; name: string }>();
  const themes = new Map<string, { title: string; words: string; municipalities: Set<string> }>();
  for (const { a } of snapshot.all()) {
    for (const name of a.responsible) responsible.set(`${a.municipality}|${name}`, { municipality: a.municipality, name });
    if (a.chapterTitle) {
      const words = nameWords(a.chapterTitle).join(' ');
      const t = themes.get(words) ?? { title: a.chapterTitle, words, municipalities: new Set<string>() };
      t.municipalities.add(a.municipality);
      themes.set(words, t);
    }
  }
  const catalog: Catalog = {
    snapshot,
    municipalities: new MunicipalityMatcher(stored),
    parties: new PartyCatalog(snapshot.parties, [...responsible.values()]),
    stored,
    themes: [...themes.values()],
  };
  catalogs.set(snapshot, catalog);
  return catalog;
}
