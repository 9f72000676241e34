import { readFileSync } from 'node:fs';

/**
 * Built-in domain synonyms: each line is one group of words or phrases that mean the same in
 * prestatieafspraken. English words are included so English questions find Dutch text.
 */
export const BUILT_IN_SYNONYMS = `
statushouder, vergunninghouder, nieuwkomer, status holder, refugee
betalingsachterstand, betalingsproblemen, huurachterstand, payment arrears, arrears
corporatie, woningcorporatie, toegelaten instelling, housing association, housing corporation
huurder, bewoner, tenant, tenants
huurdersorganisatie, huurdersvereniging, huurdersraad, huurdersadviesraad, tenant organisation
gemeente, municipality
verkoop, verkopen, verkocht, sale, sell, selling
aankoop, aankopen, purchase, buy
sloop, slopen, demolition, demolish
nieuwbouw, new construction, newly built
woning, huis, home, homes, house, houses, dwelling, dwellings
appartement, apartment, flat
verduurzaming, verduurzamen, verduurzaamd, duurzaamheid, sustainability, sustainable
energielabel, label, energy label
isolatie, isoleren, insulation
warmtetransitie, aardgasvrij, energietransitie, heat transition
vocht, damp, humidity
schimmel, mould, mold
urgent, urgentie, voorrang, urgency, priority
ouderen, senioren, elderly, seniors
jongeren, young people, youth
arbeidsmigrant, labour migrant, migrant worker
woonwagen, standplaats, caravan, pitch
huurverhoging, huurstijging, huuraanpassing, rent increase
inkomensafhankelijk, income-dependent
huur, rent
overleg, bestuurlijk overleg, consultation
monitoring, monitoren, voortgang, progress, monitor
betaalbaarheid, betaalbaar, affordability, affordable
leefbaarheid, liveability
zorg, care
flexwoning, tijdelijke woning, flexible housing, temporary housing
scootmobiel, mobility scooter
netcongestie, stroomnet, grid congestion
`;

/** A group of equivalent terms; phrases are space-separated words. */
export type SynonymGroup = string[];

/** Parses a synonym file: one group per line, terms separated by "," or "~" or "=", "#" starts a comment. */
export function parseSynonyms(text: string): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*/, '').trim();
    if (!content) continue;
    const terms = content
      .split(/[,~=;]/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (terms.length >= 2) groups.push(terms);
  }
  return groups;
}

/** Built-in groups plus the groups in the user's synonym file, when given. */
export function loadSynonyms(file?: string): SynonymGroup[] {
  const groups = parseSynonyms(BUILT_IN_SYNONYMS);
  if (file) groups.push(...parseSynonyms(readFileSync(file, 'utf8')));
  return groups;
}
