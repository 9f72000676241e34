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

/** Labels that can only name who is responsible: "Regie", "Trekker", "Verantwoordelijk", "Actiehouder". */
const NAMING_LABELS = String.raw`regie(?:\s+op\s+realisatie)?|regiehouder|trekker(?:s)?|verantwoordelijke?(?:\s+partij(?:en)?)?|eigenaar|actiehouder|kartrekker`;
/** Labels that name who is responsible only on a line of their own ("Wie:", "Partij:", "Uitvoering door:"). */
const LINE_LABELS = String.raw`uitvoerder|uitvoering(?:\s+door)?|(?:door\s+)?wie|partij(?:en)?|aan\s+zet|lead|rol(?:len|verdeling)?`;

/** "Wie? Polderhof, gemeente": beside "Wat?" and "Wanneer?" the question itself is the label. */
const QUESTION_LABEL = String.raw`(?:door\s+)?wie\s*\**\s*\?`;

/** "Regie: gemeente", "Trekker: Woonstede", "Verantwoordelijk: corporaties", "Wie: …", "Wie? …", "Partij: …" inside running text. */
export const RESPONSIBLE_LABEL = new RegExp(String.raw`^\s*\**\s*(?:(?:${NAMING_LABELS}|${LINE_LABELS})\s*\**\s*[:：]|${QUESTION_LABEL})\s*\**\s*(.+)$`, 'i');

/** "(trekker: gemeente)" on a line of its own, below the paragraph it belongs to. */
export const BRACKETED_RESPONSIBLE = new RegExp(String.raw`^\s*[(\[]\s*\**\s*(?:${NAMING_LABELS}|${LINE_LABELS})\s*\**\s*[:：]\s*\**\s*([^()\[\]]{2,120}?)\s*\**\s*[)\]]\s*\.?\s*$`, 'i');

/**
 * A responsible label that ends a paragraph instead of standing on its own line: "… onder de inflatie.
 * Trekker: Heemwonen". Only after a full stop (or a semicolon), and only the labels that cannot mean
 * anything else, so "Partijen: …" opening a sentence is left to RESPONSIBLE_LABEL.
 */
const TRAILING_RESPONSIBLE = new RegExp(String.raw`^(.*[.;!?)])\s+[(\[]?\**\s*(?:${NAMING_LABELS})\s*\**\s*[:：]\s*\**\s*([^.;:()\[\]]{2,120}?)\s*[)\]]?\s*\.?\s*$`, 'iu');

/** "… in Hertme en Zenderen. *Wie: Welbions*", "… (wie: gemeente)": set apart by emphasis or brackets, "Wie:" names too. */
const TRAILING_WRAPPED = new RegExp(String.raw`^(.*[.;!?)])\s+(?:[(\[]|\*{1,2}|_)\s*(?:${NAMING_LABELS}|${LINE_LABELS})\s*[:：]\s*([^.;:()\[\]*_]{2,120}?)\s*(?:[)\]]|\*{1,2}|_)\s*\.?\s*$`, 'iu');

/** "… niet te verhuizen. [Woonzorg Nederland, HBV Nieuwleusen]": parties in square brackets end the paragraph, without a label. */
const TRAILING_BRACKETED = /^(.*[.;!?)])\s+\[([^\[\]\d]{2,120})\]\s*\.?\s*$/u;
/** Each item of such a list is a name or a role ("alle partijen", "gemeente"), not a remark ("[zie bijlage]"). */
const NAME_ITEM = /^(?:\p{Lu}|(?:de\s+)?(?:gemeente|corporaties?|woningcorporaties?|huurders\p{L}*|alle\s+partijen|partijen)\b)/u;

/** "… 180 woningen. (WSH, SWG)", "… in de wijk (gem, HVP).": short forms in round brackets end the paragraph. */
const TRAILING_SHORT_FORMS = /^(.*?[^\s(])\s*\(((?:[A-Z][A-Z&]{1,5}|gem|gemeente)(?:\s*(?:,|\ben\b|&|\/)\s*(?:[A-Z][A-Z&]{1,5}|gem|gemeente))*)\)\s*\.?\s*$/u;

/** Splits "text. Trekker: X" into the text and "X"; null when the line has no trailing label. */
export function splitTrailingResponsible(line: string): { text: string; responsible: string } | null {
  const m = TRAILING_RESPONSIBLE.exec(line) ?? TRAILING_WRAPPED.exec(line);
  if (m) return { text: m[1]!.trim(), responsible: m[2]!.replace(/[*_]+/g, ' ').trim() };
  const b = TRAILING_BRACKETED.exec(line);
  if (b && b[2]!.split(/\s*,\s*|\s+en\s+/).every((item) => NAME_ITEM.test(item.trim()))) return { text: b[1]!.trim(), responsible: b[2]!.trim() };
  // Only after a sentence: a lone "(WSH)" behind a name in the text ("Woningstichting Streekhof (WSH)") introduces it.
  const s = TRAILING_SHORT_FORMS.exec(line);
  if (s && /[.;!?]$|\s\S+$/.test(s[1]!) && s[1]!.split(/\s+/).length >= 4) return { text: /[.;!?]$/.test(s[1]!) ? s[1]!.trim() : `${s[1]!.trim()}.`, responsible: s[2]!.replace(/\bgem\b/, 'gemeente').trim() };
  return null;
}

/** The name a party gets in responsible lists: "Gemeente", or its name as the party list gives it. */
export function shortName(p: ExtractedParty): string {
  if (p.kind === 'gemeente') return MUNICIPALITY;
  return p.name;
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
    // A table cell is terse: "Gem.", "Corp./WC", "HO", "Allen", and "huurders" there means their organisations.
    const cellWords = [
      { re: /(?<![\p{L}])(?:ons|onze|allen|iedereen|alle)(?![\p{L}])/giu, names: all },
      { re: /(?<![\p{L}])gem\.(?!\p{L})/giu, names: [MUNICIPALITY] },
      { re: /(?<![\p{L}])corp\.|(?<![\p{L}])(?:WBC|WC'?s?)(?![\p{L}])/giu, names: this.corporations() },
      { re: /(?<![\p{L}])[Hh]uurders(?![\p{L}])|(?<![\p{L}])(?:HO'?s?|HV'?s?)(?![\p{L}])/gu, names: this.tenantGroup() },
    ];
    this.generic = { actors, cells: [...actors, ...cellWords] };
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
    // The group word covers every tenant organisation; names the text gives one by one stay names.
    const tenantNames = this.tenants.map(shortName);
    if (tenantNames.length >= 2 && set.has(TENANTS)) for (const n of tenantNames) set.delete(n);
    const order = this.parties.flatMap((p) => (p.kind === 'huurders' ? [shortName(p), TENANTS] : [shortName(p)]));
    const known = [...new Set(order)].filter((n) => set.has(n));
    return [...known, ...[...set].filter((n) => !order.includes(n))];
  }
}

/** A party named in a text: where, and the responsible names it stands for. */
export type Mention = { index: number; end: number; names: string[] };



/** Finds party mentions in text; longer aliases win, so "Huurdersplatform Woonstede" is not "Woonstede". */
export function findMentions(text: string, names: ResponsibleNames, actorWordsOnly: boolean): { mentions: Mention[]; rest: string } {
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
  /\b(?:Woonstichting|Woningstichting|Stichting|Woongroep|Woonbedrijf|Wooncoöperatie|Woningcorporatie|Woningbouwvereniging|Huurdersvereniging|Huurdersraad|Huurdersplatform|Huurdersbelang\p{L}*|Huurderskoepel|Bewonersraad|Bewonersvereniging|Zorggroep)\s+[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:(?:de|van|het|der|den|op|aan)\s+)*[\p{Lu}\d][\p{L}\d'’&.-]*)*(?![\p{L}\d])/gu;

/**
 * "Mijande; betrokken: gemeente", "gemeente (partners: corporaties)", "Trekker: X, in samenwerking met Y": the parties
 * after such words are involved, not responsible.
 */
const INVOLVED_TAIL = /\s*(?:[;,.(/]|\s-\s|\s–\s)\s*(?:betrokken(?:\s+partij(?:en)?)?|partners?|ondersteun\w*|overige\s+partijen|adviseur\w*|(?:in\s+)?samenwerking\s+met|met\s+(?:medewerking|ondersteuning)\s+van)\b[\s\S]*$/i;
export const leadPartiesOnly = (cell: string) => cell.replace(INVOLVED_TAIL, '');

/** Organisation names left in a responsible cell once the known parties are taken out ("Zorggroep Noord"); a name is
 * its capitalised words ("Huurdersraad Woonforte geven advies" names "Huurdersraad Woonforte"). */
export function unknownOrganisations(whole: string, parties: readonly ExtractedParty[]): string[] {
  const cell = leadPartiesOnly(whole);
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
export function resolveResponsibleColumn(whole: string, parties: readonly ExtractedParty[]): string[] {
  const cell = leadPartiesOnly(whole);
  const names = ResponsibleNames.of(parties);
  const { mentions, rest } = findMentions(cell, names, false);
  const found = mentions.flatMap((m) => m.names);
  for (const word of rest.match(/(?<![\p{L}\d])\p{Lu}[\p{L}\d'’-]{3,}(?![\p{L}\d])/gu) ?? []) {
    // The first word of one party's name, or its brand after a type word ("Reestdal" for "Woonconcern Reestdal"), an
    // article between them or not ("Zeisterbos" for "Huurdersvereniging Het Zeisterbos").
    const owners = parties.filter((p) => {
      if (p.kind === 'gemeente') return false;
      const words = p.name.split(/\s+/).filter((w, i) => i === 0 || !/^(?:de|het)$/i.test(w));
      return words.some((w, i) => w === word && (i === 0 || /^(?:\p{L}*(?:stichting|concern|groep|bedrijf|corporatie|vereniging|organisatie|raad|platform|koepel))$/iu.test(words[i - 1]!)));
    });
    if (owners.length === 1) found.push(shortName(owners[0]!));
  }
  return names.order(found);
}
