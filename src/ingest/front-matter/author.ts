/**
 * A document written by one party in the first person: a corporation's bid ("Bod van Woonstichting Casade aan
 * de gemeente Waalwijk", "Hierbij brengen wij, Woonstichting Casade, ons bod uit"). There "wij" is that party,
 * not all parties.
 */
import type { ExtractedParty } from '../../core/agreement.js';

const BID_TITLE = /^(?:het\s+)?(?:bod|aanbod|activiteitenoverzicht|bijdrage)\s+(?:van\s+)?(.{2,70}?)\s+aan\s+(?:de\s+)?gemeente\b/i;
const WE_ARE = /\b(?:wij|we),\s+([^,.;]{2,70}),/i;

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/**
 * The party that wrote the document as "wij", or null when it speaks for all parties (or says nothing). When
 * the document names it in full and the party list had only its short form, the party takes the full name.
 */
export function findAuthor(head: readonly string[], text: string, parties: readonly ExtractedParty[]): ExtractedParty | null {
  const candidates = [...head.slice(0, 3).map((l) => BID_TITLE.exec(l)?.[1]), WE_ARE.exec(text.slice(0, 3000))?.[1]].filter((x): x is string => !!x);
  for (const c of candidates) {
    const k = key(c);
    // "Woonstichting Casade" is the party listed as "Casade".
    const party = parties.find((p) => p.kind !== 'gemeente' && [p.name, ...p.aliases].some((a) => key(a) === k || k.endsWith(` ${key(a)}`)));
    if (party && key(party.name) !== k && /^(?:woonstichting|woningstichting|stichting|woningcorporatie|wooncorporatie|woonbedrijf)\s/i.test(c)) {
      // The bid names itself in full ("Woonstichting Casade"); the party list had only the short form.
      if (!party.aliases.includes(party.name)) party.aliases.push(party.name);
      party.name = c.trim();
      if (!party.aliases.includes(party.name)) party.aliases.unshift(party.name);
    }
    if (party) return party;
  }
  return null;
}
