/** Rule-based numeric targets per party in this year's text ("Corporatie A verkoopt in 2026 22 woningen"). */
import type { ExtractedParty, NumericTarget } from '../core/agreement.js';
import { escapeRegExp } from './names.js';
import { shortName } from './responsible-parties.js';

const UNITS =
  // Adjectives may stack ("sociale huurwoningen", "nieuwe levensloopgeschikte woningen").
  '(?:(?:sociale|middeldure|nieuwe|levensloopgeschikte|tijdelijke|betaalbare|grondgebonden|bestaande)\\s+){0,2}' +
  '(?:nieuwbouw|huur|koop|zorg|flex|starters|senioren|jongeren)?' +
  '(?:woningen|woning|wooneenheden|eenheden|appartementen|standplaatsen|woonwagenstandplaatsen|units|kamers|' +
  'vergunninghouders|statushouders|huishoudens|zonnepanelen|warmtepompen|labelstappen|plaatsen|complexen|huurders)';

/** Conjugated forms → infinitive; only these verbs make a number a target. */
const VERBS: Array<[RegExp, string]> = [
  [/\b(verkoopt|verkopen|verkocht|verkoop)\b/i, 'verkopen'],
  [/\b(verduurzaamt|verduurzamen|verduurzaamd)\b/i, 'verduurzamen'],
  [/\b(bouwt|bouwen|gebouwd)\b/i, 'bouwen'],
  [/\b(realiseert|realiseren|gerealiseerd)\b/i, 'realiseren'],
  [/\b(levert\b.*\bop|opleveren|opgeleverd)\b/i, 'opleveren'],
  [/\b(sloopt|slopen|gesloopt)\b/i, 'slopen'],
  [/\b(renoveert|renoveren|gerenoveerd)\b/i, 'renoveren'],
  [/\b(huisvest|huisvesten|gehuisvest)\b/i, 'huisvesten'],
  [/\b(voegt\b.*\btoe|toevoegen|toegevoegd)\b/i, 'toevoegen'],
  [/\b(koopt\b.*\baan|aankopen|aangekocht)\b/i, 'aankopen'],
  [/\b(transformeert|transformeren)\b/i, 'transformeren'],
  [/\b(liberaliseert|liberaliseren)\b/i, 'liberaliseren'],
  [/\b(isoleert|isoleren|geïsoleerd)\b/i, 'isoleren'],
  [/\b(wijst\b.*\btoe|toewijzen|toegewezen)\b/i, 'toewijzen'],
  [/\b(plaatst|plaatsen|geplaatst)\b/i, 'plaatsen'],
];

const APPROX = /(?:circa|ca\.|ongeveer|zo'n|rond|ruim|bijna|naar verwachting|plusminus|±)\s*$/i;
const NUMBER_UNIT = new RegExp(`(?<![\\d.,€%/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d.,]*\\s*%)\\s+${UNITS}\\b`, 'gi');

function partyPatterns(parties: readonly ExtractedParty[]) {
  return parties.flatMap((p) =>
    [...p.aliases, p.name].map((a) => ({ re: new RegExp(`(?<![\\p{L}])${escapeRegExp(a)}(?![\\p{L}])`, 'giu'), name: shortName(p) })),
  );
}

/** The verb closest to the number, so "verduurzaamt 250 en bouwt 1.200 woningen" pairs each count right. */
function nearestVerb(sentence: string, at: number, verbs: Array<[RegExp, string]>): string {
  let best = verbs[0]![1];
  let distance = Infinity;
  for (const [re, verb] of verbs) {
    const hit = re.exec(sentence);
    if (hit && Math.abs(hit.index - at) < distance) {
      distance = Math.abs(hit.index - at);
      best = verb;
    }
  }
  return best;
}

function target(party: string, value: number, before: string, m: RegExpMatchArray, verbs: Array<[RegExp, string]>, sentence: string): NumericTarget {
  // A verb in brackets ("het verduurzamen (en renoveren) van") is an aside, not the main action.
  const mainText = sentence.replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length));
  const mainVerbs = verbs.filter(([re]) => re.test(mainText));
  return {
    party,
    value,
    approximate: APPROX.test(before),
    unit: m[0].slice(m[1]!.length).trim().toLowerCase(),
    verb: nearestVerb(mainVerbs.length ? mainText : sentence, m.index!, mainVerbs.length ? mainVerbs : verbs),
    sentence: sentence.trim(),
  };
}

/** Extracts conservative numeric targets: a named party, a count with a unit and a known verb in one sentence. */
export function extractTargets(yearText: string, parties: readonly ExtractedParty[]): NumericTarget[] {
  if (!yearText) return [];
  const patterns = partyPatterns(parties);
  const targets: NumericTarget[] = [];
  for (const sentence of yearText.split(/(?<=[.!?;])\s+|\s+[•➤▪]\s+/)) {
    const verbs = VERBS.filter(([re]) => re.test(sentence));
    if (verbs.length === 0) continue;
    for (const m of sentence.matchAll(NUMBER_UNIT)) {
      const value = Number(m[1]!.replace(/\./g, ''));
      if (value >= 1900 && value <= 2100 && !m[1]!.includes('.')) continue;
      const before = sentence.slice(0, m.index);
      // "circa 250 woningen door Sint Joseph": a party named right after the count owns it.
      const after = sentence.slice(m.index + m[0].length);
      const owner = /^\s*(?:door|van)\s+/i.exec(after);
      if (owner) {
        const rest = after.slice(owner[0].length);
        const named = patterns.find(({ re }) => {
          re.lastIndex = 0;
          const hit = re.exec(rest);
          return hit?.index === 0;
        });
        if (named) {
          targets.push(target(named.name, value, before, m, verbs, sentence));
          continue;
        }
      }
      const mentions = patterns
        .flatMap(({ re, name }) => [...before.matchAll(re)].map((x) => ({ name, index: x.index, end: x.index + x[0].length })))
        .sort((a, b) => a.index - b.index);
      const last = mentions[mentions.length - 1];
      if (!last) continue;
      // "A en B verkopen 40 woningen" is a shared target: too ambiguous for one party.
      const previous = mentions.filter((x) => x.name !== last.name).pop();
      if (previous && /^\s*(en|,|&)\s*$/.test(before.slice(previous.end, last.index))) continue;
      targets.push(target(last.name, value, before, m, verbs, sentence));
    }
  }
  return targets;
}
