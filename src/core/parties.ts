import type { PartyRecord } from './progress.js';

const norm = (s: string) => s.toLowerCase().normalize('NFC').replace(/[().]/g, ' ').replace(/\s+/g, ' ').trim();

const GROUPS: Array<{ words: string[]; kind: string | null }> = [
  { words: ['woningcorporaties', 'corporaties', 'beide corporaties', 'de corporaties', 'de woningcorporaties'], kind: 'corporatie' },
  { words: ['huurdersorganisaties', 'huurders', 'huurdersverenigingen'], kind: 'huurders' },
  { words: ['alle partijen', 'partijen'], kind: null },
];

/**
 * The document's party a name means in a municipality: the full name, an alias, "Gemeente" for the
 * municipality, or an abbreviation in brackets ("HAR" for "Huurdersadviesraad (HAR)"). Null when none.
 */
export function resolveParty(name: string, municipality: string, parties: PartyRecord[]): PartyRecord | null {
  const n = norm(name);
  const mine = parties.filter((p) => norm(p.municipality) === norm(municipality));
  const exact = mine.find((p) => norm(p.name) === n || p.aliases.some((a) => norm(a) === n));
  if (exact) return exact;
  if (n === 'gemeente' || n === `gemeente ${norm(municipality)}`) return mine.find((p) => p.kind === 'gemeente') ?? null;
  const abbreviation = mine.find((p) => (/\(([^)]+)\)/.exec(p.name)?.[1] ?? '').toLowerCase() === n);
  if (abbreviation) return abbreviation;
  const stripped = mine.filter((p) => norm(p.name.replace(/\([^)]*\)/g, '')) === n || norm(p.name).replace(/^(st|stichting|woonstichting) /, '') === n);
  return stripped.length === 1 ? stripped[0]! : null;
}

/** Turns an agreement's `responsible` names into party names; group words expand, unknown names stay as they are. */
export function responsibleParties(responsible: string[], municipality: string, parties: PartyRecord[]): string[] {
  const out: string[] = [];
  const mine = parties.filter((p) => norm(p.municipality) === norm(municipality));
  for (const name of responsible) {
    const found = resolveParty(name, municipality, parties);
    if (found) out.push(found.name);
    else {
      const group = GROUPS.find((g) => g.words.includes(norm(name)));
      const members = group ? mine.filter((p) => group.kind === null || p.kind === group.kind).map((p) => p.name) : [];
      if (members.length) out.push(...members);
      else out.push(name.trim());
    }
  }
  return [...new Set(out)];
}

/** A party name as people write it in chat or a file, to compare without case or punctuation. */
export const sameParty = (a: string, b: string) => norm(a) === norm(b);
