/** Finds the parties that made the agreements: intro sentence, signature blocks, then cover logos. */
import type { ExtractedParty } from '../core/agreement.js';
import { escapeRegExp, nameCase } from './document-meta.js';

type Kind = ExtractedParty['kind'];

const ROLE_PREFIXES: Array<{ re: RegExp; kind: Kind }> = [
  { re: /^gemeenten?\s+/i, kind: 'gemeente' },
  { re: /^(?:woning)?corporaties?\s+|^woningbouwvereniging(?:en)?\s+|^woonstichting(?:en)?\s+/i, kind: 'corporatie' },
  { re: /^huurders(?:organisaties?|vereniging(?:en)?|belangenvereniging(?:en)?|raad|platform)?\s+|^bewonersraad\s+/i, kind: 'huurders' },
];

function classify(name: string, hint: Kind | null): Kind {
  if (/^gemeente\b/i.test(name)) return 'gemeente';
  if (/huurder|bewoners|\bHAR\b/i.test(name)) return 'huurders';
  if (hint) return hint;
  if (/provincie|zorg|waterschap|ministerie|gemeenten|netbeheer|regio/i.test(name)) return 'overig';
  return 'corporatie';
}

function key(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, '').replace(/[^\p{L}\d]/gu, '').toLowerCase();
}

/** Aliases used to find a party in running text: the name without abbreviation, the abbreviation, no "St." prefix. */
function aliasesOf(name: string): string[] {
  const out = new Set<string>();
  const abbr = /\(([^)]+)\)\s*$/.exec(name)?.[1];
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  out.add(bare);
  if (abbr) out.add(abbr);
  const noPrefix = bare.replace(/^(?:St\.|Stg\.|Stichting|Woonstichting|Woningstichting)\s+/i, '');
  if (noPrefix !== bare) out.add(noPrefix);
  if (/^gemeente\s/i.test(bare)) out.add(bare.toLowerCase().replace(/^gemeente/, 'gemeente'));
  return [...out].filter((a) => a.length > 1);
}

class PartyList {
  readonly items: ExtractedParty[] = [];
  add(rawName: string, hint: Kind | null): void {
    const name = rawName.replace(/\*+/g, '').replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
    if (name.length < 2 || name.length > 70 || /^(de|het|en|namens|college)$/i.test(name)) return;
    const finalName = /^gemeente\s/i.test(name) ? `Gemeente ${nameCase(name.replace(/^gemeente\s+/i, ''))}` : name;
    if (/^gemeente$/i.test(finalName)) return;
    if (this.items.some((p) => key(p.name) === key(finalName))) return;
    this.items.push({ name: finalName, kind: classify(finalName, hint), aliases: aliasesOf(finalName) });
  }
}

/** Parses "de gemeente X, de woningcorporaties A, B en C en de Huurdersorganisatie D namens ...". */
function addFromList(list: string, parties: PartyList, municipality: string): void {
  const cut = list.split(/\s+(?:namens|vertegenwoordigd|die|welke|waarbij|om)\s+|\(|\.\s/)[0] ?? '';
  let role: Kind | null = null;
  for (let segment of cut.split(/,\s*|\s+en\s+/)) {
    segment = segment.trim().replace(/^(?:de|het)\s+/, '');
    if (!segment) continue;
    const prefix = ROLE_PREFIXES.find((p) => p.re.test(segment));
    // "Huurdersraad X" / "Huurdersplatform X" is itself the name; "de huurdersorganisatie X" is just X.
    if (prefix && /^huurders(?:raad|platform)\s/i.test(segment)) {
      role = 'huurders';
      parties.add(segment, 'huurders');
    } else if (prefix) {
      role = prefix.kind;
      const rest = segment.replace(prefix.re, '').trim();
      if (prefix.kind === 'gemeente') parties.add(`Gemeente ${rest}`, 'gemeente');
      // "Huurdersvereniging Zonnedal": the town's name alone would read as the municipality.
      else if (municipality && key(rest) === key(municipality)) parties.add(segment, prefix.kind);
      else parties.add(rest, prefix.kind);
    } else if (/^\p{Lu}|^\d/u.test(segment)) {
      parties.add(segment, role === 'gemeente' ? null : role);
    }
  }
}

// The list may wrap over lines (PDF); it ends at a sentence end or a blank line.
const INTRO_SENTENCES = [
  /\b(?:partijen|ondertekenaars)\s*:\s*((?:[^.\n]|\n(?!\s*\n)){3,400})/gi,
  /(?<!\p{L})\p{L}*afspraken(?:\s+(?:19|20)\d{2}(?:\s*(?:t\/m|-|–|tot en met)\s*(?:19|20)\d{2})?)?\s+(?:zijn\s+)?(?:gemaakt\s+|gesloten\s+)?tussen\s+((?:[^.\n]|\n(?!\s*\n)){3,400})/giu,
  /\bondertekend\s+door\s+((?:[^.\n]|\n(?!\s*\n)){3,400})/gi,
];
// Case-sensitive on the article: "Namens de gemeente" drops "de", "Namens De Woonbron" keeps it.
const SIGNATURE = /^(?:[Hh]andtekening|[Nn]amens|[Oo]ndertekend namens)\s+(?:de\s+|het\s+)?([^:\n]{2,60}?)\s*:/gm;

/** A title that lists the parties: "Prestatieafspraken 2025-2028 Gemeente X, Stichting Y en Huurdersraad Z". */
function titlePartyList(lines: readonly string[]): string | null {
  const head = lines.map((l) => l.replace(/^\s*#{1,6}\s+/, '').replace(/\*+/g, '').trim()).filter(Boolean).slice(0, 3);
  for (const line of head) {
    if (!/afspra(?:ak|ken)|convenant|overeenkomst/i.test(line)) continue;
    const m = /(?:^|\s)((?:de\s+)?gemeente\s+\p{Lu}.*?(?:,|\sen\s).*)$/iu.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

/** Cover logos: short lines before the table of contents, accepted when the body confirms the name. */
function addFromCover(lines: readonly string[], body: string, parties: PartyList): void {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of lines.slice(0, 80)) {
    const l = raw.replace(/\*+/g, '').trim();
    // The body starts at the contents, the first chapter or the first numbered heading.
    if (/^inhoud/i.test(l) || /^hoofdstuk\s+\d/i.test(l) || /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u.test(l) || l.length > 100) break;
    if (!l) {
      if (current.length) blocks.push(current);
      current = [];
    } else if (!/\d{4}|[.:!?]$|:\s/.test(l) && l.split(/\s+/).length <= 4) current.push(l);
  }
  if (current.length) blocks.push(current);
  const appears = (name: string) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(body);
  const abbrevIn = (initials: string) => initials.length >= 2 && new RegExp(`\\b${escapeRegExp(initials)}\\b`).test(body);
  const candidate = (parts: string[]): string | null => {
    const allCapsWords = parts.every((p) => /^\p{Lu}+$/u.test(p));
    const name = allCapsWords ? nameCase(parts.join('').toLowerCase()) : nameCase(parts.join(' '));
    const words = allCapsWords ? parts : parts.join(' ').split(/\s+/);
    const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
    if (abbrevIn(initials)) return `${name} (${initials})`;
    return appears(name) ? name : null;
  };
  for (const block of blocks) {
    const whole = block.length > 1 ? candidate(block) : null;
    if (whole) parties.add(whole, null);
    else for (const line of block) {
      const c = candidate([line]);
      if (c) parties.add(c, null);
    }
  }
}

/** Extracts the parties; the municipality is always first, as "Gemeente X". */
export function extractParties(text: string, lines: readonly string[], municipality: string): ExtractedParty[] {
  const parties = new PartyList();
  if (municipality) parties.add(`Gemeente ${municipality}`, 'gemeente');
  for (const re of INTRO_SENTENCES) for (const m of text.matchAll(re)) addFromList(m[1]!.replace(/\s+/g, ' '), parties, municipality);
  const titleList = titlePartyList(lines);
  if (titleList) addFromList(titleList, parties, municipality);
  for (const m of text.matchAll(SIGNATURE)) {
    const name = m[1]!.trim();
    if (/^(?:gemeente|college|burgemeester)\b/i.test(name) && !/^gemeente\s+\p{Lu}/u.test(name)) continue;
    if (/^\p{Lu}|^\d|^gemeente\s/u.test(name)) parties.add(name, null);
  }
  if (!parties.items.some((p) => p.kind === 'corporatie')) {
    const firstLong = lines.findIndex((l) => l.length > 150);
    const body = lines.slice(firstLong < 0 ? 0 : firstLong).join('\n');
    addFromCover(lines, body, parties);
  }
  return parties.items;
}
