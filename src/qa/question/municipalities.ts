import { STOPWORDS } from '../analysis/stopwords.js';
import { editDistance } from '../analysis/typos.js';
import { ADJECTIVE_EXCEPTIONS, AMBIGUOUS_NAMES, MUNICIPALITY_ALIASES, derivedAliases, dutchMunicipalities } from './dutch-municipalities.js';
import { NameMatcher, nameWords, type QToken } from './tokens.js';

/** A municipality named in a question; `stored` when the store holds agreements of it. */
export interface MunicipalityMention {
  /** As stored when stored, else as in the list of Dutch municipalities. */
  name: string;
  stored: boolean;
  from: number;
  to: number;
}

type Value = { name: string; stored: boolean };

/** "almer" → "almeer": the open syllable of the name closes in the adjective, so its vowel doubles. */
const doubleVowel = (base: string) => base.replace(/([^aeiou])([aeiou])([^aeiou])$/, '$1$2$2$3');

/**
 * Adjective forms of a one-word municipality by rule: Almelo → almelose, Roermond → roermondse,
 * Almere → almeerse, Zwolle → zwolse, Leiden → leidse, Groningen → groningse, Enschede → enschedese.
 * Irregular ones (Haagse, Bossche) are listed in ADJECTIVE_EXCEPTIONS.
 */
export function adjectiveForms(name: string): string[] {
  const words = nameWords(name);
  // "Midden-Groningen" → "Midden-Groningse": the last word takes the ending.
  if (words.length > 1) return adjectiveForms(words[words.length - 1]!).map((adj) => [...words.slice(0, -1), adj].join(' '));
  const n = words[0]!;
  const forms = new Set([`${n}se`]);
  if (n.endsWith('en') && n.length > 4) {
    const base = n.slice(0, -2);
    forms.add(`${base}se`).add(`${doubleVowel(base)}se`);
  } else if (n.endsWith('e')) {
    const base = n.slice(0, -1);
    const undoubled = base.replace(/([^aeiou])\1$/, '$1');
    if (undoubled !== base) forms.add(`${undoubled}se`);
    else forms.add(`${base}se`).add(`${doubleVowel(base)}se`);
  } else if (n.endsWith('a')) forms.add(`${n.slice(0, -1)}se`);
  // "Goes" → "Goese", "Vaals" → "Vaalse": the s of the name is the adjective's.
  else if (n.endsWith('s') && n.length > 3) forms.add(`${n}e`);
  return [...forms];
}

/** "Leeuwarden" → "Leeuwarder", "Groningen" → "Groninger": an adjective in -er, capitalised (a "leider" is no Leidenaar). */
export function capitalAdjectiveForms(name: string): string[] {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return [];
  // "Zeist" → "Zeister", "Weert" → "Weerter": a name ending in consonants takes -er as it is.
  if (/[^aeiouys]$/.test(last) && !last.endsWith('en') && last.length >= 4) return [[...words.slice(0, -1), `${last}er`].join(' ')];
  if (!last.endsWith('en') || last.length <= 5) return [];
  return [[...words.slice(0, -1), `${last.slice(0, -2)}er`].join(' ')];
}

type ListValue = { listName: string };
let listMatcher: NameMatcher<ListValue> | null = null;

const addForms = <T>(m: NameMatcher<T>, form: string, value: T) => {
  const words = nameWords(form);
  m.add(form, value, { needsCapital: words.length === 1 && AMBIGUOUS_NAMES.has(words[0]!) });
};

/** The names, aliases and adjectives of all Dutch municipalities; built once per process. */
function dutchListMatcher(): NameMatcher<ListValue> {
  if (listMatcher) return listMatcher;
  const m = new NameMatcher<ListValue>();
  // The known irregular adjectives go first: "Bergse" is Bergen op Zoom's, whatever a rule makes of Bergen.
  for (const [adj, name] of Object.entries(ADJECTIVE_EXCEPTIONS)) addForms(m, adj, { listName: name });
  const names = dutchMunicipalities();
  const short = derivedAliases(names);
  for (const name of names) {
    const value = { listName: name };
    addForms(m, name, value);
    for (const alias of MUNICIPALITY_ALIASES[name] ?? []) addForms(m, alias, value);
    // A derived short form ("Capelle") only with its capital, as a name.
    for (const alias of short.get(name) ?? []) m.add(alias, value, { needsCapital: true });
    for (const adj of adjectiveForms(name)) addForms(m, adj, value);
    for (const adj of capitalAdjectiveForms(name)) m.add(adj, value, { needsCapital: true });
  }
  listMatcher = m;
  return m;
}

/**
 * Recognises municipality names, aliases and adjectives: those of every Dutch municipality (shared by
 * all instances) and of stored municipalities the list lacks ("Dalvoorde"); built once per index view.
 */
export class MunicipalityMatcher {
  private own = new NameMatcher<Value>();
  private storedByKey: Map<string, string>;
  private storedSingleWords: Array<{ word: string; name: string }> = [];

  constructor(stored: string[]) {
    this.storedByKey = new Map(stored.map((s) => [nameWords(s).join(' '), s]));
    const listed = new Set(dutchMunicipalities().map((n) => nameWords(n).join(' ')));
    for (const name of stored) {
      const words = nameWords(name);
      if (words.length === 1 && words[0]!.length >= 5) this.storedSingleWords.push({ word: words[0]!, name });
      if (listed.has(words.join(' '))) continue;
      const value = { name, stored: true };
      // A stored name that is also a common word ("Er", "Best") counts only as written with a capital.
      if (words.length === 1 && (STOPWORDS.has(words[0]!) || words[0]!.length <= 3)) {
        this.own.add(name, value, { needsCapital: true });
        continue;
      }
      addForms(this.own, name, value);
      for (const adj of adjectiveForms(name)) addForms(this.own, adj, value);
      for (const adj of capitalAdjectiveForms(name)) this.own.add(adj, value, { needsCapital: true });
    }
  }

  /** Every municipality mention, longest names first ("Bergen op Zoom" before "Bergen"). */
  find(tokens: QToken[]): MunicipalityMention[] {
    const own = this.own.match(tokens).map((m) => ({ ...m.value, from: m.from, to: m.to }));
    const listed = dutchListMatcher()
      .match(tokens)
      .filter((m) => !own.some((o) => m.from < o.to && o.from < m.to))
      .map((m) => {
        const stored = this.storedByKey.get(nameWords(m.value.listName).join(' '));
        return { name: stored ?? m.value.listName, stored: !!stored, from: m.from, to: m.to };
      });
    return [...own, ...listed].sort((a, b) => a.from - b.from);
  }

  /** A stored municipality this unknown word is a typo of ("Almeer" → "Almere") or an inflection of ("Stadskanaalster"), or null. */
  fuzzy(word: string): string | null {
    if (word.length < 5) return null;
    const derived = this.storedSingleWords.find((s) => s.word.length >= 6 && word.startsWith(s.word) && /^(?:s|se|er|ers|ster|ses)$/.test(word.slice(s.word.length)));
    if (derived) return derived.name;
    const max = word.length >= 9 ? 2 : 1;
    let best: { name: string; d: number } | null = null;
    for (const s of this.storedSingleWords) {
      const d = editDistance(word, s.word, max);
      if (d <= max && d > 0 && (!best || d < best.d)) best = { name: s.name, d };
    }
    return best?.name ?? null;
  }
}
