/**
 * Names the parties responsible for an agreement, as the gold files and progress expect: the municipality as
 * "Gemeente", others by their full name from the party list, groups expanded ("corporaties" = every
 * corporation), and "Huurdersorganisaties" only when the document has two or more tenant organisations.
 */
import type { ExtractedParty } from '../core/agreement.js';
import { escapeRegExp } from './names.js';

/** Collective name for the tenant organisations when there are several. */
export const TENANTS = 'Huurdersorganisaties';
export const MUNICIPALITY = 'Gemeente';

/** "Regie: gemeente", "Trekker: Woonstede", "Verantwoordelijk: corporaties", "Wie: …", "Partij: …" inside running text. */
export const RESPONSIBLE_LABEL =
  /^\s*\**\s*(?:regie(?:\s+op\s+realisatie)?|regiehouder|trekker(?:s)?|verantwoordelijke?(?:\s+partij(?:en)?)?|eigenaar|actiehouder|uitvoerder|uitvoering(?:\s+door)?|(?:door\s+)?wie|partij(?:en)?|aan\s+zet|lead|kartrekker)\s*\**\s*[:：]\s*\**\s*(.+)$/i;

/** The name a party gets in responsible lists: "Gemeente", or its name without a bracketed abbreviation. */
export function shortName(p: ExtractedParty): string {
  if (p.kind === 'gemeente') return MUNICIPALITY;
  return p.name.replace(/\s*\([^)]*\)\s*$/, '');
}

const cache = new WeakMap<readonly ExtractedParty[], ResponsibleNames>();

/** A name as a lookup key: case and spacing do not matter. */
const aliasKey = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** The party names in responsible lists; tenant organisations collapse to one group name when there are several. */
export class ResponsibleNames {
  readonly tenants: readonly ExtractedParty[];
  /** Every party's names in one pattern, longest first, built once per party list. */
  readonly specific: RegExp | null;
  private readonly byAlias = new Map<string, string>();
  readonly size: number;
  /** The group words, for actors only ("we", "partijen") or for responsible cells (also "onze"). */
  readonly generic: { actors: Array<{ re: RegExp; names: string[] }>; cells: Array<{ re: RegExp; names: string[] }> };

  private constructor(readonly parties: readonly ExtractedParty[]) {
    this.tenants = parties.filter((p) => p.kind === 'huurders');
    this.size = parties.length;
    const aliases = parties
      .flatMap((p) => [...new Set([p.name, ...p.aliases])].map((a) => ({ alias: a, name: shortName(p) })))
      .filter((x) => x.alias.length > 1)
      .sort((a, b) => b.alias.length - a.alias.length);
    for (const { alias, name } of aliases) if (!this.byAlias.has(aliasKey(alias))) this.byAlias.set(aliasKey(alias), name);
    const alternatives = aliases.map((x) => escapeRegExp(x.alias).replace(/\\?\s+/g, '\\s*'));
    this.specific = alternatives.length ? new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'giu') : null;
    const all = this.all();
    const actors = [
      { re: /(?<![\p{L}])(?:alle|beide|de\s+drie|de\s+vier|de\s+vijf)?\s*partijen(?![\p{L}])/giu, names: all },
      { re: /(?<![\p{L}])(?:we|wij)(?![\p{L}])/giu, names: all },
      { re: /(?<![\p{L}])(?:woning)?corporaties?(?![\p{L}])/giu, names: this.corporations() },
      { re: /(?<![\p{L}])gemeenten?(?![\p{L}])/giu, names: [MUNICIPALITY] },
      // "huurders" alone are the tenants themselves, not their organisations.
      { re: /(?<![\p{L}])huurders(?:organisaties?|vereniging(?:en)?|vertegenwoordiging|raad|platform|commissie|koepel)(?![\p{L}])/giu, names: this.tenantGroup() },
    ];
    this.generic = { actors, cells: [...actors, { re: /(?<![\p{L}])(?:ons|onze)(?![\p{L}])/giu, names: all }] };
  }

  /** The responsible name a matched alias stands for. */
  nameOf(matched: string): string | undefined {
    return this.byAlias.get(aliasKey(matched));
  }

  /** The names for a party list; the same list gives the same (cached) instance. */
  static of(parties: readonly ExtractedParty[]): ResponsibleNames {
    let names = cache.get(parties);
    // A list that grew (organisations found in "Trekker:" lines) needs its patterns again.
    if (!names || names.size !== parties.length) cache.set(parties, (names = new ResponsibleNames(parties)));
    return names;
  }

  /** Tenant organisations as a group: one by its own name, several as "Huurdersorganisaties". */
  tenantGroup(): string[] {
    if (this.tenants.length === 1) return [shortName(this.tenants[0]!)];
    return [TENANTS];
  }

  corporations(): string[] {
    return this.parties.filter((p) => p.kind === 'corporatie').map(shortName);
  }

  /** Every party: the municipality, each corporation, the tenant group, the others. */
  all(): string[] {
    return this.order(this.parties.flatMap((p) => (p.kind === 'huurders' ? this.tenantGroup() : [shortName(p)])));
  }

  /** Orders names as the document lists its parties; the tenant group stands where the first tenant organisation does. */
  order(names: Iterable<string>): string[] {
    const set = new Set(names);
    // All tenant organisations together are "Huurdersorganisaties", however the text names them.
    const tenantNames = this.tenants.map(shortName);
    if (tenantNames.length >= 2 && (set.has(TENANTS) || tenantNames.every((n) => set.has(n)))) {
      for (const n of tenantNames) set.delete(n);
      set.add(TENANTS);
    }
    const order = this.parties.flatMap((p) => (p.kind === 'huurders' ? [shortName(p), TENANTS] : [shortName(p)]));
    const known = [...new Set(order)].filter((n) => set.has(n));
    return [...known, ...[...set].filter((n) => !order.includes(n))];
  }
}

type Mention = { index: number; end: number; names: string[] };

const PREPOSITIONS = new Set(['met', 'aan', 'van', 'bij', 'voor', 'door', 'tussen', 'naar', 'over', 'op', 'tot', 'onder', 'zoals', 'namens', 'via', 'richting', 'binnen']);


/** Finds party mentions in text; longer aliases win, so "Huurdersplatform Woonstede" is not "Woonstede". */
function findMentions(text: string, names: ResponsibleNames, actorWordsOnly: boolean): { mentions: Mention[]; rest: string } {
  const mentions: Mention[] = [];
  const mask = (re: RegExp, group: (m: string) => string[] | undefined) => (source: string) =>
    source.replace(re, (m: string, ...args: unknown[]) => {
      const found = group(m);
      if (!found) return m;
      const index = args[args.length - 2] as number;
      mentions.push({ index, end: index + m.length, names: found });
      return ' '.repeat(m.length);
    });
  let masked = names.specific ? mask(names.specific, (m) => { const n = names.nameOf(m); return n ? [n] : undefined; })(text) : text;
  for (const { re, names: group } of actorWordsOnly ? names.generic.actors : names.generic.cells) masked = mask(re, () => group)(masked);
  return { mentions: mentions.sort((a, b) => a.index - b.index), rest: masked };
}

/** Words that open a name of a team, a role or a person, not an organisation. */
const NOT_AN_ORGANISATION = /^(?:team|afdeling|wethouder|directeur|bestuurder|portefeuillehouder|programma|projectleider|beleidsadviseur|college|raad|ambtelijk|ambtenaar|medewerker|coördinator|regisseur|n\.?v\.?t|nvt|geen|iedereen|allen|alle|beide|overig|ieder|elke|zie|samen|nader|p\.?m\.?)\b/i;
/** An organisation's name: an organisation word, an acronym or a CamelCase brand ("GoedeStede"). */
const ORGANISATION_WORD = /[Ss]tichting|[Ww]onen|[Ww]oon|[Ww]oning|[Gg]roep|[Vv]ereniging|[Rr]aad|[Pp]latform|[Cc]orporatie|[Hh]uurder|[Bb]ewoner|[Zz]org|[Ww]elzijn|GGD|[Pp]rovincie|[Ww]aterschap|\bB\.?V\.?$|\bN\.?V\.?$|\b\p{Lu}{2,6}\b|\p{Ll}\p{Lu}/u;
/** Every word of a proper name is capitalised, apart from the small words inside it. */
const properName = (s: string) => s.split(/\s+/).every((w) => /^[\p{Lu}\d'’]/u.test(w) || /^(?:de|het|van|aan|op|der|den|en|voor|in|'t)$/.test(w));

/** "Bewonersraad De Goudse Waard": an organisation type and a name, which may contain another party's name. */
const TYPED_NAME =
  /\b(?:Woonstichting|Woningstichting|Stichting|Woongroep|Woonbedrijf|Wooncoöperatie|Woningcorporatie|Woningbouwvereniging|Huurdersvereniging|Huurdersraad|Huurdersplatform|Huurdersbelang\p{L}*|Huurderskoepel|Bewonersraad|Bewonersvereniging|Zorggroep|Stichting)\s+[\p{Lu}\d][^,;()]*?(?=\s*(?:[,;()]|\s+(?:en|of|samen|met)\s|$))/gu;

/** Organisation names left in a responsible cell once the known parties are taken out ("Zorggroep Noord"). */
export function unknownOrganisations(cell: string, parties: readonly ExtractedParty[]): string[] {
  const known = new Set(parties.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase().replace(/\s*\([^)]*\)/g, '').trim()));
  const typed = [...cell.matchAll(TYPED_NAME)].map((m) => m[0].trim()).filter((n) => !known.has(n.toLowerCase()));
  const { rest } = findMentions(cell, ResponsibleNames.of(parties), false);
  const residual = rest
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*[,;/&+]\s*|\s+en\s+|\s+of\s+|\s{2,}|\n/)
    .map((s) => s.replace(/^(?:de|het)\s+/i, '').replace(/[.:]$/, '').trim())
    .filter((s) => /^[\p{Lu}\d]/u.test(s) && s.length >= 2 && s.length <= 60 && s.split(/\s+/).length <= 6)
    .filter((s) => !NOT_AN_ORGANISATION.test(s) && ORGANISATION_WORD.test(s) && properName(s) && !/^\d+$/.test(s))
    // A bare type word left over from "Bewonersraad De Goudse Waard" is part of a typed name found above.
    .filter((s) => !typed.some((t) => t.startsWith(s)));
  return [...new Set([...typed, ...residual])];
}

/**
 * Resolves a "Regie op realisatie" / "Trekker:" cell to party names. A capitalised word left over that starts
 * exactly one party's name is that party ("IJsselhuis" for "IJsselhuis Wonen").
 */
export function resolveResponsibleColumn(cell: string, parties: readonly ExtractedParty[]): string[] {
  const names = ResponsibleNames.of(parties);
  const { mentions, rest } = findMentions(cell, names, false);
  const found = mentions.flatMap((m) => m.names);
  for (const word of rest.match(/(?<![\p{L}\d])\p{Lu}[\p{L}\d'’-]{3,}(?![\p{L}\d])/gu) ?? []) {
    const owners = parties.filter((p) => p.kind !== 'gemeente' && p.name.split(/\s+/)[0] === word);
    if (owners.length === 1) found.push(shortName(owners[0]!));
  }
  return names.order(found);
}

/** The parties a clause opens with ("De gemeente en De Linde bouwen …", "medewerkers van De Dieze …"), and those it does "samen met". */
function subjectOf(clause: string, mentions: readonly Mention[]): { names: string[]; end: number } | null {
  const first = mentions[0]!;
  const lead = clause.slice(0, first.index).trim();
  if (!/^(?:(?:de|het|alle|beide|ook|daarnaast|verder|tevens|zowel)\s*)*$/i.test(lead) && !/^(?:de\s+)?\p{L}+\s+van(?:\s+de)?$/iu.test(lead)) return null;
  const group = [first];
  let end = first.end;
  for (const m of mentions.slice(1)) {
    const between = clause.slice(end, m.index).trim();
    const joined = /^(?:,|en|&|als|,\s*en)?\s*(?:de|het)?$/i.test(between) || /^(?:\p{L}+\s+){0,4}samen\s+met(?:\s+(?:de|het))?$/iu.test(between);
    if (!joined) break;
    group.push(m);
    end = m.end;
  }
  return { names: group.flatMap((m) => m.names), end };
}

/** Words before a mention that make it no actor: a preposition, a relative pronoun, an indefinite article. */
const NOT_ACTOR = new Set([...PREPOSITIONS, 'die', 'dat', 'waarin', 'waarmee', 'waarbij', 'waarvan', 'een', 'iedere', 'elke']);

/** Mentions that are not the object of a preposition ("met de gemeente", "van Maasoever en WTB") or in a relative clause. */
function actors(clause: string, mentions: readonly Mention[]): string[] {
  let previous: { end: number; object: boolean } | null = null;
  return mentions
    .filter((m) => {
      const before = clause.slice(0, m.index).trim().split(/\s+/);
      let prev = before.pop()?.toLowerCase() ?? '';
      if (['de', 'het', 'haar', 'hun', 'alle', 'beide'].includes(prev)) prev = before.pop()?.toLowerCase() ?? '';
      const listed = previous !== null && /^(?:,|en|of|\s)*(?:de|het)?\s*$/i.test(clause.slice(previous.end, m.index));
      const object = NOT_ACTOR.has(prev) || (listed && previous!.object);
      previous = { end: m.end, object };
      return !object;
    })
    .flatMap((m) => m.names);
}

/** "… worden om advies gevraagd", "… krijgen de monitor": the clause's subject does not act. */
const PASSIVE = /^\s*(?:[\p{L},]+\s+){0,4}(?:wordt|worden|werd|werden|krijgen|krijgt|ontvangen|ontvangt)\b/iu;

/** Who acts in a clause: its subject (none when the clause is passive), or else the parties it names as actors. */
function clauseActors(clause: string, mentions: readonly Mention[]): string[] {
  const subject = subjectOf(clause, mentions);
  if (subject) return PASSIVE.test(clause.slice(subject.end)) ? [] : subject.names;
  return actors(clause, mentions);
}

/**
 * Without a responsible column: the actors of every clause of the first sentence that names a party ("De Dieze
 * meldt …; de gemeente benadert …"): a clause's subject, or the parties it names that are not prepositional
 * objects; passive clauses name nobody.
 */
export function inferResponsibleFromText(text: string, parties: readonly ExtractedParty[]): string[] {
  const names = ResponsibleNames.of(parties);
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{L})/u).slice(0, 3);
  for (const sentence of sentences) {
    const clauses = sentence
      .split(/;\s+|,\s+en\s+(?=(?:de\s+|het\s+)?\p{Lu})/u)
      .map((clause) => ({ clause, mentions: findMentions(clause, names, true).mentions }))
      .filter((c) => c.mentions.length > 0);
    if (clauses.length === 0) continue;
    return names.order(clauses.flatMap((c) => clauseActors(c.clause, c.mentions)));
  }
  return [];
}
