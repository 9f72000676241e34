/** The parties of a document as a list: names, kinds and the short forms the text uses for them. */
import type { ExtractedParty } from '../../core/agreement.js';
import { CAMEL_BRAND, LOWER_BRAND, nameCase, tidySpaces } from '../names.js';
import { canonicalMunicipality } from './municipality-names.js';

export type PartyKind = ExtractedParty['kind'];

/** An organisation-type word that is part of a name ("Woonstichting De Linde"); the text may drop it ("De Linde"). */
export const TYPE_WORD =
  /^(?:st\.|stg\.|\p{L}*(?:stichting|corporatie|coöperatie|cooperatie|groep|bedrijf|concern|vereniging|maatschappij|raad|platform|koepel)|huurdersorganisatie)$/iu;
/** A word that says what a corporation does, around its brand: "Wonen Peelrand", "Sité Woondiensten". */
export const TRADE_WORD = /^(?:wonen|woondiensten|woonservice|woningbeheer|woonbedrijf)$/i;
/** Words that name a role or a group, never one organisation. */
const GENERIC =
  /^(?:de|het|en|namens|college|gemeente|gemeenten|partij|partijen|alle partijen|beide partijen|ondergetekenden|corporaties?|woningcorporaties?|huurders|huurdersorganisaties?|bewoners|wij|we|zij|ons|burgemeester|wethouder|wethouders|directeur|bestuurder|voorzitter|raad|provincie|rijk|het rijk|overige partijen|betrokken partijen|derden)$/i;

export function classify(name: string, hint: PartyKind | null): PartyKind {
  if (/^gemeente\b/i.test(name)) return 'gemeente';
  if (/huurder|bewoners|\bHAR\b/i.test(name)) return 'huurders';
  // "Zorggroep Het Vechthuis": the type word says it, whatever the brand sounds like.
  if (/^(?:zorg|welzijn|ggz|ggd|thuiszorg)\p{L}*\s/iu.test(name)) return 'overig';
  const housing = /woon|wonen|woning|huis|bouw|thuis/i.test(name);
  if (!housing && /provincie|zorg|welzijn|waterschap|ministerie|gemeenten|netbeheer|regio|ggd|politie|leger/i.test(name)) return 'overig';
  return hint ?? 'corporatie';
}

/** Ordinary words that are part of some corporations' names ("Beter Wonen", "Thuis Wonen"): never a short form alone. */
export const ORDINARY_WORD = /^(?:beter|goed|thuis|samen|eigen|nieuw|mooi|prettig|fijn|vrij|open|groen|zuid|noord|oost|west|midden|centraal|stad|land|dorp|ons|onze|mijn|uw|wij|zij|elk|ieder)$/i;

/** Compares names without case, punctuation or a bracketed abbreviation. */
export const nameKey = (name: string) =>
  name
    .replace(/\s*\([^)]*\)\s*/g, '')
    // "Huurdersvereniging Veendam e.o." is "… en omstreken".
    .replace(/\be\.o\.?(?=\s|$)/g, 'en omstreken')
    .replace(/[^\p{L}\d]/gu, '')
    .toLowerCase();

/** Aliases used to find a party in running text: the name without abbreviation, the abbreviation, without its type word. */
export function aliasesOf(name: string, municipality = ''): string[] {
  const out = new Set<string>();
  const abbr = /\(([^)]+)\)\s*$/.exec(name)?.[1];
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  out.add(bare);
  if (abbr && !/^hierna/i.test(abbr)) out.add(abbr.trim());
  const words = bare.split(/\s+/);
  // "Woonstichting Beekdal" goes by "Beekdal" (when no other party does; see finish).
  // Not "Huurdersvereniging Andijk" by "Andijk" nor "Huurdersraad Pré Wonen" by "Pré Wonen": after a tenants' type
  // word comes a place or the name of their corporation.
  const tenants = /^(?:huurders|bewoners)/i.test(words[0]!);
  // "Bewonersraad Woonzorg Stadskanaal": a corporation and the place.
  const inTown = !!municipality && bare.toLowerCase().endsWith(` ${municipality.toLowerCase()}`);
  const place = tenants && (words.length === 2 || inTown || TRADE_WORD.test(words[words.length - 1]!) || CAMEL_BRAND.test(words[1]!));
  if (words.length > 1 && TYPE_WORD.test(words[0]!) && /^[\p{Lu}\d]/u.test(words[1]!) && !place) out.add(words.slice(1).join(' '));
  // "Maasdelta Groep" goes by "Maasdelta": a type word after the brand.
  if (words.length === 2 && TYPE_WORD.test(words[1]!) && /^\p{Lu}/u.test(words[0]!) && !TYPE_WORD.test(words[0]!) && !/^(?:huurders|bewoners)/i.test(words[1]!)) out.add(words[0]!);
  // "Stichting Duinkant Wonen" also goes by "Duinkant": the type word and the trade word around the brand.
  if (words.length === 3 && TYPE_WORD.test(words[0]!) && TRADE_WORD.test(words[2]!) && /^[\p{Lu}\d]/u.test(words[1]!) && !tenants) out.add(words[1]!);
  // "Wonen Peelrand" and "Sité Woondiensten" go by "Peelrand" and "Sité": a trade word around the brand.
  if (words.length === 2 && TRADE_WORD.test(words[0]!) && /^[\p{Lu}\d]/u.test(words[1]!)) out.add(words[1]!);
  if (words.length === 2 && TRADE_WORD.test(words[1]!) && (/^[\p{Lu}\d]/u.test(words[0]!) || LOWER_BRAND.test(bare)) && !TYPE_WORD.test(words[0]!)) out.add(words[0]!);
  if (/^gemeente\s/i.test(bare)) out.add(bare.toLowerCase().replace(/^gemeente/, 'gemeente'));
  return [...out].filter((a) => a.length > 1 && (a === bare || !ORDINARY_WORD.test(a)));
}

/** The parties in the order the document lists them; the municipality is always "Gemeente X". */
export class PartyList {
  readonly items: ExtractedParty[] = [];
  /** Short forms the document itself gives ("hierna: Beekdal", "(HBB)"); they win over derived ones. */
  private readonly explicit = new Map<ExtractedParty, Set<string>>();

  constructor(private readonly municipality: string) {}

  /** Adds a party unless it is already listed (by name or alias) or is a role word; returns the listed party. */
  add(rawName: string, hint: PartyKind | null, extraAliases: string[] = []): ExtractedParty | null {
    let name = tidySpaces(rawName)
      .replace(/^(?:de|het)\s+(?=\p{Ll})/u, '')
      // "Stichting Beveland Wonen directeur-bestuurder": a signature cell's function is no part of the name.
      .replace(/\s+(?:(?:algemeen\s+)?directeur(?:-bestuurder)?|bestuurder|voorzitter|wethouder(?:\s+\p{L}+)?|secretaris|penningmeester|regiomanager(?:\s+\p{L}+)?)$/iu, '')
      .replace(/[.,;:]$/, '')
      .trim();
    if (name.length < 2 || name.length > 70 || GENERIC.test(name) || (/^\p{Ll}/u.test(name) && !CAMEL_BRAND.test(name) && !LOWER_BRAND.test(name)) || /\d{4}/.test(name)) return null;
    // A table's header row ("Partij | Rol | Korte naam") names no party.
    // Nor a field label of an agreement table ("Gereed", "Trekker").
    if (/^(?:partij|partijen|naam|organisatie|rol|functie|handtekening|datum|plaats|gereed|planning|termijn|status|onderwerp|nummer|trekker|betrokken|wanneer|indicator)\b/i.test(name)) return null;
    if (/^gemeente\s/i.test(name)) {
      const place = name.replace(/^gemeente\s+/i, '');
      name = `Gemeente ${canonicalMunicipality(place) ?? nameCase(place)}`;
    }
    const key = nameKey(name);
    const known = this.items.find((p) => nameKey(p.name) === key || (p.aliases.some((a) => nameKey(a) === key) && !this.namedAfter(p, key, name, hint)));
    if (known) {
      for (const a of extraAliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      this.remember(known, extraAliases);
      return known;
    }
    // "Viveste" listed first, then "Woningstichting Viveste, hierna: Viveste": the document says they are one.
    const named = extraAliases.map(nameKey);
    // "Woonwaarde IJssel" on the cover, then "Stichting Woonwaarde IJssel" in the list: the name without its type word
    // is the party listed before, when it is the same kind of organisation.
    const derived = aliasesOf(name, this.municipality).map(nameKey).filter((k) => k !== key);
    const listedShort = this.items.find(
      (p) => p.kind !== 'gemeente' && nameKey(p.name) !== key && !/\(/.test(p.name) && (named.includes(nameKey(p.name)) || (derived.includes(nameKey(p.name)) && p.kind === classify(name, hint))),
    );
    if (listedShort) {
      listedShort.aliases = [...new Set([name, ...aliasesOf(name, this.municipality), listedShort.name, ...listedShort.aliases, ...extraAliases])];
      listedShort.name = name;
      listedShort.kind = classify(name, hint ?? listedShort.kind);
      this.remember(listedShort, extraAliases);
      return listedShort;
    }
    // "Woonplus Schiedam" in Schiedam's document goes by "Woonplus".
    const town = this.municipality && name.endsWith(` ${this.municipality}`) && !/^gemeente\s/i.test(name) ? [name.slice(0, -this.municipality.length - 1)] : [];
    const party: ExtractedParty = { name, kind: classify(name, hint), aliases: [...new Set([...aliasesOf(name, this.municipality), ...town.filter((t) => !TYPE_WORD.test(t) && classify(name, hint) !== 'huurders'), ...extraAliases])] };
    this.items.push(party);
    this.remember(party, extraAliases);
    return party;
  }

  /** A party listed under a short form ("HPV" from a signature) is the party that short form stands for. */
  absorb(short: string, into: ExtractedParty): void {
    const key = nameKey(short);
    for (let i = this.items.length - 1; i >= 0; i--) {
      const p = this.items[i]!;
      if (p !== into && nameKey(p.name) === key) {
        this.items.splice(i, 1);
        this.explicit.delete(p);
      }
    }
    this.add(into.name, null, [short]);
  }

  /**
   * "Heemwonen" after "Huurdersvereniging Heemwonen": the tenant organisation is named after the corporation,
   * so the short form it was given is no reason to take the corporation for it.
   */
  private namedAfter(tenant: ExtractedParty, key: string, name: string, hint: PartyKind | null): boolean {
    if (tenant.kind !== 'huurders' || this.explicit.get(tenant)?.has(key)) return false;
    return classify(name, hint === 'huurders' ? null : hint) !== 'huurders';
  }

  private remember(party: ExtractedParty, aliases: readonly string[]): void {
    const set = this.explicit.get(party) ?? new Set<string>();
    for (const a of aliases) set.add(nameKey(a));
    this.explicit.set(party, set);
  }

  /** Drops short forms that two parties share, or that are just the municipality's name. */
  finish(): ExtractedParty[] {
    const owners = new Map<string, number>();
    const claimed = new Map<string, number>();
    // A tenant organisation is often named after its corporation ("Huurdersvereniging IJsselgouw"); the short
    // form then stays the corporation's.
    const otherOwners = new Map<string, number>();
    for (const p of this.items) for (const a of new Set(p.aliases.map(nameKey))) owners.set(a, (owners.get(a) ?? 0) + 1);
    for (const p of this.items) if (p.kind !== 'huurders') for (const a of new Set(p.aliases.map(nameKey))) otherOwners.set(a, (otherOwners.get(a) ?? 0) + 1);
    for (const set of this.explicit.values()) for (const a of set) claimed.set(a, (claimed.get(a) ?? 0) + 1);
    const town = nameKey(this.municipality);
    for (const p of this.items) {
      // "Woonstichting Kroonwonen (Kroonwonen)": a short form that is a word of the name itself is no part of the
      // name ("Huurdersvereniging Merwestad (HVM)" keeps its initials, as such names are written).
      const short = /^(.*\S)\s*\(([^)]+)\)$/.exec(p.name);
      if (short && short[1]!.split(/\s+/).some((w) => w.toLowerCase() === short[2]!.trim().toLowerCase())) p.name = short[1]!;
      const own = this.explicit.get(p) ?? new Set<string>();
      p.aliases = p.aliases.filter((a) => {
        const k = nameKey(a);
        if (k === nameKey(p.name.replace(/\s*\([^)]*\)\s*$/, ''))) return true;
        if (own.has(k)) return claimed.get(k) === 1;
        const unique = owners.get(k) === 1 || (p.kind !== 'huurders' && otherOwners.get(k) === 1);
        return unique && !claimed.has(k) && (p.kind === 'gemeente' || k !== town);
      });
    }
    // The usual order of a party list, whatever order the document happened to name them in.
    const rank: Record<PartyKind, number> = { gemeente: 0, corporatie: 1, huurders: 2, overig: 3 };
    return [...this.items].sort((a, b) => rank[a.kind] - rank[b.kind]);
  }
}
