import { normaliseText } from '../analysis/normalise.js';
import { editDistance } from '../analysis/typos.js';
import { QUESTION_FRAME, STOPWORDS } from '../analysis/stopwords.js';
import type { StoredParty } from '../search-store-port.js';
import { NameMatcher, nameWords, type QToken } from './tokens.js';

/** A party as the questions know it: one name, the forms it goes by, and where it has agreements. */
export interface PartyInfo {
  /** The name to show ("Huurdersadviesraad (HAR)", "Sint Joseph", "Gemeente"). */
  name: string;
  /** Normalised names that denote it in a responsible column or a text ("har", "huurdersadviesraad"). */
  forms: string[];
  municipalities: Set<string>;
  kind: 'gemeente' | 'corporatie' | 'huurders' | 'overig';
  /** A role every municipality has ("de gemeente", "de corporaties") rather than one organisation. */
  role: boolean;
}

export interface PartyMention {
  party: PartyInfo;
  from: number;
  to: number;
}

const normCache = new Map<string, string>();
/** A name as lower-case words; responsible columns repeat the same few names, so results are kept. */
const norm = (s: string) => {
  let n = normCache.get(s);
  if (n === undefined) {
    n = nameWords(s).join(' ');
    if (normCache.size > 20_000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
};

/** Group words in responsible columns and questions, and the kind of party they cover (null: all). */
const ROLES: Array<{ words: string[]; kind: PartyInfo['kind'] | null; name: string }> = [
  { words: ['gemeente', 'de gemeente', 'gemeenten'], kind: 'gemeente', name: 'Gemeente' },
  { words: ['woningcorporaties', 'corporaties', 'de corporaties', 'beide corporaties', 'woningcorporatie', 'corporatie'], kind: 'corporatie', name: 'Woningcorporaties' },
  { words: ['huurdersorganisaties', 'huurdersorganisatie', 'huurders', 'huurdersverenigingen'], kind: 'huurders', name: 'Huurdersorganisaties' },
  { words: ['alle partijen', 'partijen'], kind: null, name: 'Alle partijen' },
];

function guessKind(name: string): PartyInfo['kind'] {
  const n = norm(name);
  if (/\bgemeente\b/.test(n)) return 'gemeente';
  if (/huurder|bewoner|\bhar\b/.test(n)) return 'huurders';
  if (/corporatie|wonen|woon|woning|stede|bouw|huis/.test(n)) return 'corporatie';
  return 'overig';
}

const formsCache = new Map<string, string[]>();
/** A bare organisation type, with or without article. */
const TYPE_ONLY = /^(?:de |het )?(?:bewonersraad|huurdersraad|huurdersvereniging|huurdersorganisatie|huurdersplatform|huurderskoepel|corporatie|woningcorporatie|stichting|woonstichting|vereniging|raad|platform|gemeente)$/;

/** Short forms of a party name: without "(ABC)", the abbreviation itself, without "Stichting"/"Woonstichting". */
export function partyForms(name: string, aliases: string[] = []): string[] {
  const key = [name, ...aliases].join('\u0000');
  const hit = formsCache.get(key);
  if (hit) return hit;
  const forms = new Set<string>();
  for (const n of [name, ...aliases]) {
    // "de Bewonersraad" as a document's short form is a role word in a question, not this party's name.
    if (n !== name && TYPE_ONLY.test(norm(n))) continue;
    forms.add(norm(n));
    forms.add(norm(n.replace(/\([^)]*\)/g, '')));
    const abbr = /\(([^)]+)\)/.exec(n)?.[1];
    if (abbr) forms.add(norm(abbr));
    const bare = norm(n.replace(/\([^)]*\)/g, '')).replace(/^(woonstichting|woningstichting|stichting|st|woningcorporatie|wooncorporatie|vereniging)\s+/, '');
    if (bare.length >= 4) forms.add(bare);
    const noArticle = bare.replace(/^(de|het)\s+/, '');
    if (noArticle !== bare && noArticle.length >= 4) forms.add(noArticle);
    if (/^sint\s/.test(bare)) forms.add(bare.replace(/^sint\s/, 'st '));
  }
  const out = [...forms].filter((f) => f.length >= 2);
  if (formsCache.size > 20_000) formsCache.clear();
  formsCache.set(key, out);
  return out;
}

/** Words that never name a party on their own, even when a party is called that. */
const commonWord = (w: string) => STOPWORDS.has(w) || QUESTION_FRAME.has(w) || w.length < 3;

/** Known parties and roles, from the parties table and the responsible columns of the agreements. */
export class PartyCatalog {
  readonly parties: PartyInfo[] = [];
  private matcher = new NameMatcher<PartyInfo>();
  /** Abbreviations the documents define for a party ("wf", "hpe"), which count only in capitals. */
  private readonly acronyms = new Set<string>();

  constructor(stored: StoredParty[], responsible: Array<{ municipality: string; name: string }>) {
    const byForm = new Map<string, PartyInfo>();
    const register = (name: string, aliases: string[], municipality: string, kind: PartyInfo['kind']) => {
      const forms = partyForms(name, aliases);
      if (ROLES.some((r) => r.words.includes(forms[0]!)) || /^gemeente\b/.test(forms[0] ?? '')) return;
      const existing = forms.map((f) => byForm.get(f)).find(Boolean);
      const party = existing ?? { name, forms: [], municipalities: new Set<string>(), kind, role: false };
      if (!existing) this.parties.push(party);
      party.municipalities.add(municipality);
      for (const f of forms) {
        if (!party.forms.includes(f)) party.forms.push(f);
        byForm.set(f, party);
      }
    };
    for (const p of stored) {
      for (const a of [p.name, ...p.aliases]) {
        const abbr = /\(([A-Z\d]{2,6})\)/.exec(a)?.[1] ?? (/^[A-Z\d]{2,6}$/.test(a) ? a : null);
        if (abbr) this.acronyms.add(abbr.toLowerCase());
      }
      register(p.name, p.aliases, p.municipality, (p.kind as PartyInfo['kind']) ?? guessKind(p.name));
    }
    for (const r of responsible) register(r.name, [], r.municipality, guessKind(r.name));
    for (const role of ROLES) {
      const info: PartyInfo = { name: role.name, forms: role.words, municipalities: new Set(), kind: role.kind ?? 'overig', role: true };
      this.parties.push(info);
      for (const w of role.words) this.matcher.add(w, info);
    }
    for (const party of this.parties.filter((p) => !p.role)) {
      for (const f of party.forms) {
        // A one-word form that is also a question word never names the party on its own; a two-letter
        // abbreviation the document defines ("WoonFriesland (WF)") does, when typed in capitals.
        const words = f.split(' ');
        if (words.length === 1 && commonWord(words[0]!) && !(f.length === 2 && this.acronyms.has(f) && !STOPWORDS.has(f))) continue;
        this.matcher.add(f, party);
      }
    }
  }

  /** Party mentions in the question, longest names first. */
  find(tokens: QToken[]): PartyMention[] {
    return this.matcher
      .match(tokens)
      .filter((m) => {
        // A one-word short form ("Beter" of Beter Wonen, "Limburg" of Wonen Limburg) names the party only when
        // capitalised: "naar een beter label" is no party. The full one-word name ("Dalwonen") always does.
        if (m.value.role || m.to - m.from !== 1) return true;
        const t = tokens[m.from]!;
        if (this.acronyms.has(t.norm)) return t.raw === t.raw.toUpperCase();
        return t.norm === norm(m.value.name) || t.capital;
      })
      .map((m) => ({ party: m.value, from: m.from, to: m.to }));
  }

  /** A known party whose name this phrase is a typo of ("Sint Josep"), or null. */
  fuzzy(phrase: string): PartyInfo | null {
    if (phrase.length < 4) return null;
    const max = phrase.length >= 8 ? 2 : 1;
    let best: { party: PartyInfo; d: number } | null = null;
    for (const party of this.parties) {
      if (party.role) continue;
      for (const f of party.forms) {
        if (f.length < 4) continue;
        const d = editDistance(phrase, f, max);
        if (d <= max && (!best || d < best.d)) best = { party, d };
      }
    }
    return best?.party ?? null;
  }

  /** A known party by one of its forms, or null. */
  byName(name: string): PartyInfo | null {
    const n = norm(name);
    return this.parties.find((p) => p.forms.includes(n) || norm(p.name) === n) ?? null;
  }

  /** The known non-role parties of these municipalities (all when none given), for "Bekende partijen: …". */
  namesIn(municipalities: string[]): string[] {
    const want = new Set(municipalities.map((m) => m.toLowerCase()));
    return this.parties
      .filter((p) => !p.role && p.kind !== 'gemeente' && (want.size === 0 || [...p.municipalities].some((m) => want.has(m.toLowerCase()))))
      .map((p) => p.name);
  }
}

/** How an agreement involves a party: named as responsible, through a group ("Woningcorporaties"), or in its text. */
export function involvement(
  party: PartyInfo,
  a: { agreementId?: string; responsible: string[]; title: string; yearText: string; multiYearText: string },
): { responsible: boolean; group: boolean; text: boolean } {
  const names = a.responsible.map(norm);
  const responsible = names.some((n) => party.forms.includes(n) || party.forms.some((f) => n === `gemeente ${f}`));
  const group = names.some((n) => {
    const role = ROLES.find((r) => r.words.includes(n));
    return !!role && (role.kind === null || role.kind === party.kind);
  }) || (party.kind === 'gemeente' && names.some((n) => /^gemeente\b/.test(n)));
  const text = !party.role && mentionedIn(party, agreementWords(a));
  return { responsible: responsible || (party.role && group), group, text };
}

/** Whether a text names the party by one of its forms (whole words, case and accents ignored). */
export function textMentions(party: PartyInfo, text: string): boolean {
  return mentionedIn(party, ` ${normaliseText(text).replace(/[^a-z0-9]+/g, ' ')} `);
}

const mentionedIn = (party: PartyInfo, words: string) => party.forms.some((f) => f.length >= 3 && words.includes(` ${f} `));

/** An agreement's text as normalised words; the last few thousand are kept, since the same agreements come back often. */
const wordsCache = new Map<string, string>();
function agreementWords(a: { agreementId?: string; title: string; yearText: string; multiYearText: string }): string {
  const key = a.agreementId ? `${a.agreementId}|${a.yearText.length}|${a.multiYearText.length}` : undefined;
  let t = key ? wordsCache.get(key) : undefined;
  if (t === undefined) {
    t = ` ${normaliseText(`${a.title} ${a.yearText} ${a.multiYearText}`).replace(/[^a-z0-9]+/g, ' ')} `;
    if (key) {
      if (wordsCache.size > 5000) wordsCache.delete(wordsCache.keys().next().value!);
      wordsCache.set(key, t);
    }
  }
  return t;
}
