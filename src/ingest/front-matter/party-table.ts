/**
 * A table of the parties: "Partij | Rol | Korte naam in dit document". Each row is a party; the role column says
 * its kind and the short-name column the name the text uses for it ("HBV Duinkant"), which the text's
 * "Trekker:" lines and columns then resolve to the full name.
 */
import type { Block } from '../blocks.js';
import type { PartyKind, PartyList } from './party-list.js';

const NAME_COLUMN = /^(?:partij(?:en)?|organisatie(?:s)?|naam(?:\s+organisatie)?|deelnemer(?:s)?|ondertekenaar(?:s)?)(?:\s*\/\s*\p{L}+)?$/iu;
const SHORT_COLUMN = /korte?\s*naam|afkorting|hierna|roepnaam|in\s+(?:dit|de(?:ze)?)\s+(?:document|tekst|afspraken)|kortweg|aangeduid|verkort/i;
/** "Partij | Namens | Handtekening": the parties as they sign. */
const SIGN_COLUMN = /^(?:namens|handtekening|functie|vertegenwoordigd\s+door|ondertekend\s+door|naam\s+ondertekenaar|ondertekenaar|in\s+de\s+persoon\s+van)$/i;
const KIND_COLUMN = /^(?:rol|soort|type|categorie|functie)(?:\s+\p{L}+)?$/iu;

const cellText = (c: string) => c.replace(/<br\s*\/?>/gi, ' ').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

function kindOf(role: string): PartyKind | null {
  if (/gemeente/i.test(role)) return 'gemeente';
  if (/huurder|bewoner/i.test(role)) return 'huurders';
  if (/corporatie|woonstichting|woningstichting|toegelaten/i.test(role)) return 'corporatie';
  return role ? 'overig' : null;
}

/** Adds every row of each party table; a lowercase short name ("de gemeente") is a role word, not a name. */
export function addFromPartyTables(blocks: readonly Block[], parties: PartyList): void {
  for (let i = 0; i < blocks.length; i++) {
    const header = blocks[i]!.cells?.map(cellText);
    if (!header) continue;
    const name = header.findIndex((h) => NAME_COLUMN.test(h));
    if (name < 0) continue;
    const short = header.findIndex((h, k) => k !== name && SHORT_COLUMN.test(h));
    const kind = header.findIndex((h, k) => k !== name && KIND_COLUMN.test(h));
    // "Naam | Aantal | Opleverjaar" lists projects: a party table says what each party is or is called.
    if (short < 0 && kind < 0 && !header.some((h, k) => k !== name && SIGN_COLUMN.test(h))) continue;
    // A note under a name ("(huurdersorganisatie van Seyster Veste)", wrapped over lines) does not end the table.
    const note = (b: Block) => !b.cells && /^\(|\)$/.test(b.text.trim());
    for (let j = i + 1; j < blocks.length && (blocks[j]!.cells || note(blocks[j]!)); j++) {
      if (!blocks[j]!.cells) continue;
      const row = blocks[j]!.cells!.map(cellText);
      if (row.every((c) => /^[-:| ]*$/.test(c))) continue;
      const full = row[name] ?? '';
      // "HBV De Vesting / De Vesting": the column may give several short forms, each one the text uses.
      const shorts = short >= 0 ? (row[short] ?? '').split(/\s+\/\s+|\s*;\s*/) : [];
      const aliases = shorts.map((a) => a.trim().replace(/^(?:de|het)\s+(?=\p{Lu})/u, '')).filter((a) => /^\p{Lu}/u.test(a) && a !== full);
      parties.add(full, kind >= 0 ? kindOf(row[kind] ?? '') : null, aliases);
    }
  }
}
