import { normaliseText } from './analysis/normalise.js';
import type { Facets } from './search-store-port.js';

/** Filters understood from a question or given as options; serialisable for follow-ups. */
export interface QaFilters {
  municipalities: string[];
  year: number | null;
  party: string | null;
  theme: string | null;
}

export const NO_FILTERS: QaFilters = { municipalities: [], year: null, party: null, theme: null };

export interface DetectedFilters {
  filters: QaFilters;
  /** The question with the recognised municipality, party and year mentions blanked out. */
  rest: string;
  /** Which filters were named in this question. */
  named: { municipality: boolean; year: boolean; party: boolean; theme: boolean };
  /** The municipality of the party named, when there is one. */
  partyMunicipality: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string) => normaliseText(s).replace(/[^a-z0-9]+/g, ' ').trim();

/** A party name usable for detection: full name, alias, and the name without a "(ABC)" suffix. */
function partyForms(name: string, aliases: string[]): string[] {
  const forms = new Set<string>();
  for (const n of [name, ...aliases]) {
    forms.add(norm(n));
    forms.add(norm(n.replace(/\([^)]*\)/g, '')));
    const abbr = /\(([^)]+)\)/.exec(n)?.[1];
    if (abbr) forms.add(norm(abbr));
  }
  return [...forms].filter((f) => f.length >= 3);
}

/**
 * Finds municipality, party, year and theme in a question, using only names present in the stored
 * data. Parties whose name is a role shared by several municipalities ("Gemeente") are not taken from
 * free text, since every agreement has them.
 */
export function detectFilters(question: string, facets: Facets): DetectedFilters {
  let text = ` ${norm(question)} `;
  const named = { municipality: false, year: false, party: false, theme: false };
  const filters: QaFilters = { ...NO_FILTERS, municipalities: [] };
  let partyMunicipality: string | null = null;
  const blank = (re: RegExp) => {
    text = text.replace(re, ' ');
  };

  // Themes first: a theme title may contain a municipality-like word; only whole titles count.
  for (const t of facets.themes) {
    const f = norm(t.title);
    if (f.length >= 5 && new RegExp(` ${escape(f)} `).test(text)) {
      filters.theme = t.title;
      named.theme = true;
      break;
    }
  }

  for (const m of [...facets.municipalities].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(` (gemeente )?${escape(norm(m))} `, 'g');
    if (re.test(text)) {
      filters.municipalities.push(m);
      named.municipality = true;
      blank(re);
    }
  }

  const municipalitiesPerName = new Map<string, Set<string>>();
  for (const p of facets.parties) {
    const k = norm(p.name);
    municipalitiesPerName.set(k, (municipalitiesPerName.get(k) ?? new Set()).add(p.municipality));
  }
  const candidates = facets.parties
    .filter((p) => !/^gemeente\b/.test(norm(p.name)) && (municipalitiesPerName.get(norm(p.name))?.size ?? 0) < 2)
    .flatMap((p) => partyForms(p.name, p.aliases).map((form) => ({ form, party: p })))
    .sort((a, b) => b.form.length - a.form.length);
  for (const { form, party } of candidates) {
    const re = new RegExp(` ${escape(form)} `, 'g');
    if (re.test(text)) {
      // Prefer the name as it appears in the responsible column, so it matches agreements directly.
      const responsible = facets.parties.find(
        (p) => p.fromResponsible && p.municipality === party.municipality && partyForms(party.name, party.aliases).includes(norm(p.name)),
      );
      filters.party = responsible?.name ?? party.name;
      partyMunicipality = party.municipality;
      named.party = true;
      blank(re);
      break;
    }
  }

  const year = / (20\d{2}|19\d{2}) /.exec(text);
  if (year) {
    filters.year = Number(year[1]);
    named.year = true;
    blank(/ (in|voor|tot|vanaf|per|for|by|from|and) (20\d{2}|19\d{2}) /g);
    blank(/ (20\d{2}|19\d{2}) /g);
  }
  return { filters, rest: text.trim(), named, partyMunicipality };
}

/** True when an agreement's responsible parties include the party (case- and accent-insensitive). */
export function responsibleIncludes(responsible: string[], party: string): boolean {
  const p = norm(party);
  return responsible.some((r) => {
    const n = norm(r);
    return n === p || n.includes(p) || p.includes(n);
  });
}
