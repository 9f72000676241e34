/** The signature block: "Aldus overeengekomen …", "Namens …:", names and roles. It names parties, never agreements. */
import type { Block } from '../blocks.js';
import { LOWER_BRAND } from '../names.js';

const OPENER =
  /^(?:aldus\s+(?:overeengekomen|vastgesteld|getekend|ondertekend)|zo\s+overeengekomen|ondertekening(?:\s+\p{L}+)?\s*:?$|handtekening(?:en)?\b|voor\s+akkoord|namens\b|ondertekend\s+(?:te|op|in|namens|door\b.*\bop\b)|getekend\s+(?:te|op)\b|de\s+ondergetekenden\b)/iu;
/** A line naming the signing organisation: "Namens Woonstichting De Linde:", "Handtekening 3HO: C. Bouman". */
const SIGNATORY = /^(?:[Hh]andtekening|HANDTEKENING|[Nn]amens|NAMENS|[Oo]ndertekend\s+namens|[Vv]oor)\s+(?:(?:[Dd]e|[Hh]et)\s+(?=\p{Ll}))?(.{2,70}?)\s*(?:[:,]|$)/u;
/** Lines that belong in a signature block: short, a name, a role, a place and date. */
const SIGNATURE_WORDS = /\b(?:wethouder|burgemeester|directeur|bestuurder|voorzitter|secretaris|college|plaats|datum|handtekening|namens|getekend)\b|w\.g\.|\.{4,}|_{4,}|^[^.;]{2,60}[:,]$/i;
/** "K. Spee", "drs. J.H. van der Berg": initials and a surname. */
const PERSON = /^(?:(?:mr|drs|dr|ir|ing|prof)\.\s*)*(?:\p{Lu}\.\s?){1,4}\s*(?:(?:van|de|der|den|ter|in\s't)\s)*\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?$/u;
/** "Bergen op Zoom, 5 december 2024", "Zwolle, 12-12-2025": where and when it was signed. */
const PLACE_DATE = /^\p{Lu}[\p{L}' -]{1,40},?\s+(?:\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/iu;
/** A role under a person's name: "voorzitter", "secretaris", "wethouder Wonen". */
const ROLE_LINE = /^(?:voorzitter|secretaris|penningmeester|wethouder|burgemeester|(?:algemeen\s+)?directeur(?:-bestuurder)?|bestuurder|bestuurslid)\b/i;
const SIGNATURE_LINE = { test: (t: string) => PERSON.test(t) || SIGNATURE_WORDS.test(t) || PLACE_DATE.test(t) };

/** A line in a signature block that is just an organisation's name ("Woonstichting IJsselgouw"). */
const ORGANISATION_LINE =
  /^(?:Gemeente|Woonstichting|Woningstichting|Stichting|Woongroep|Woonbedrijf|Wooncorporatie|Woningcorporatie|Wooncoöperatie|Woningbouwvereniging|Huurdersvereniging|Huurdersraad|Huurdersplatform|Huurdersbelang\p{L}*|Huurderskoepel|Bewonersraad)\s+(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})[^,;]*[:,]?$/u;

/** A bare name under a signature ("Wonion", "Sité Woondiensten", "deltaWonen"): a few words, no sentence. */
const NAME_LINE = { test: (t: string) => /^(?:[\p{Lu}]|\p{Ll}+\p{Lu})[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,4}$/u.test(t) || LOWER_BRAND.test(t) };

/** A line a signature block is made of: a person, a role, a place and date, an organisation, a bare name. */
const fits = (x: string) => SIGNATURE_LINE.test(x) || ORGANISATION_LINE.test(x) || NAME_LINE.test(x);

export interface Signatures {
  drop: Set<number>;
  /** Organisation names as the signature lines give them. */
  signatories: string[];
}

/** "Namens de gemeente neemt de wethouder deel." is a sentence; "Namens de gemeente Lindehout:" opens a signature. */
function isOpener(t: string): boolean {
  if (!OPENER.test(t) || t.length > 200) return false;
  return !/^(?:namens|voor akkoord|handtekening)/i.test(t) || (t.length <= 100 && !/\.$/.test(t));
}

const isHeading = (b: Block) => b.level > 0 || /^(?:bijlage|hoofdstuk|thema)\s*\d*/i.test(b.text);

/** Finds signature blocks and the organisations that sign. */
export function findSignatures(blocks: readonly Block[]): Signatures {
  const drop = new Set<number>();
  const signatories: string[] = [];
  const take = (b: Block, next?: Block) => {
    drop.add(b.index);
    // "Ria Kooiman        Henk Blaauboer" over "voorzitter        secretaris": people by their roles, not organisations.
    const roles = next && !next.cells ? next.text.trim().split(/\s{3,}/) : [];
    const overRole = (k: number) => ROLE_LINE.test(roles[k]?.trim() ?? '');
    // "**Woningstichting Marsdiep**<br>directeur-bestuurder": a line break inside a table cell.
    const text = (b.cells ? b.cells.map((c) => c.trim()).filter(Boolean).join('\n') : b.text).replace(/<br\s*\/?>/gi, '\n');
    // Names side by side in a PDF's columns: "Huurdersvereniging De Peelpoort          Huurdersraad Compaen".
    for (const [k, line] of text.split(/\n|\s{3,}/).entries()) {
      const l = line.replace(/\*+/g, '').trim();
      if (!b.cells && overRole(k) && !ORGANISATION_LINE.test(l)) continue;
      const m = SIGNATORY.exec(l);
      if (m && !/^(?:akkoord|het college|college)\b/i.test(m[1]!)) signatories.push(m[1]!.trim());
      else if (ORGANISATION_LINE.test(l) && l.length <= 70 && !/\d/.test(l)) signatories.push(l.replace(/[:,]$/, ''));
      else if (NAME_LINE.test(l) && !PERSON.test(l) && !SIGNATURE_WORDS.test(l) && !/^ondertekening\b/i.test(l)) signatories.push(l);
    }
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.text.replace(/\*+/g, '').trim();
    if (!isOpener(t)) continue;
    // "De ondergetekenden:" over a numbered list opens a contract: the parties, not their signatures.
    if (/^de\s+ondergetekenden\s*:?$/i.test(t) && /^(?:1[.)]|[-•▪*])\s/.test(blocks[i + 1]?.text ?? '')) continue;
    take(b);
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const n = blocks[j]!;
      const nt = n.text.replace(/\*+/g, '').trim();
      if (isHeading(n) && !isOpener(nt)) break;
      // A table row of signatures is short cell by cell ("Gemeente Kampen | deltaWonen | …").
      const short = (n.cells ? n.cells.every((c) => c.trim().length <= 90) : nt.length <= 90) && !/[.;]$/.test(nt.replace(/\b\p{Lu}\.$/u, ''));
      // "(huurdersorganisatie van Seyster Veste)" under a name says what it is; the block goes on.
      // ("Stichting Huurdersbelang Soest (SHS)" is a name with its short form.)
      if ((/^\(/.test(nt) || (/\)$/.test(nt) && !nt.includes('('))) && nt.length <= 120) {
        drop.add(n.index);
        continue;
      }
      // Signatures side by side in a PDF's columns ("M.J. Coenen        R. Bemelmans"): each column fits.
      const columns = !n.cells && /\S\s{3,}\S/.test(nt) ? nt.split(/\s{3,}/) : null;
      const sideBySide = !!columns && columns.every((c) => c.length <= 90 && fits(c.trim()));
      if (!(isOpener(nt) || sideBySide || (short && (fits(nt) || (n.cells !== null && nt.length <= 200))))) break;
      take(n, blocks[j + 1]);
    }
    i = j - 1;
  }
  return { drop, signatories };
}
