/**
 * Dutch verb morphology that Snowball leaves apart: participles ("aangepast", "bijgesteld", "gebouwd",
 * "beëindigd"), the present tense in -t ("loopt", "levert") and common strong verbs ("verkocht",
 * "afgesproken"). Each word maps to the bare verb forms it may stand for; indexing and querying both add
 * them, so "aangepast" meets "aanpassen" and "aanpassing" whichever side uses which.
 */

/** Separable prefixes that put "ge" between themselves and the verb ("aan-ge-past", "op-ge-leverd"). */
const SEPARABLE = 'aan af bij door in mee na om onder op over terug toe uit voor weg samen vast vrij tegen achter neer rond tussen bekend'.split(' ');

/** Particles that end a Dutch clause whose finite verb they belong to ("loopt … af", "levert … op"). */
export const PARTICLES = new Set('aan af bij door mee om op terug toe uit weg samen vast neer'.split(' '));

/** Strong and irregular participles and past forms, to their infinitive. */
const IRREGULAR: Record<string, string> = {
  verkocht: 'verkopen', gekocht: 'kopen', aangekocht: 'aankopen', teruggekocht: 'terugkopen', gebracht: 'brengen',
  gedacht: 'denken', gezocht: 'zoeken', onderzocht: 'onderzoeken', bezocht: 'bezoeken', gedaan: 'doen',
  gegaan: 'gaan', gestaan: 'staan', gezien: 'zien', besloten: 'besluiten', gesloten: 'sluiten',
  afgesloten: 'afsluiten', opgenomen: 'opnemen', genomen: 'nemen', overgenomen: 'overnemen', gegeven: 'geven',
  gekregen: 'krijgen', gebleven: 'blijven', geschreven: 'schrijven', gebleken: 'blijken', begonnen: 'beginnen',
  gewezen: 'wijzen', toegewezen: 'toewijzen', aangewezen: 'aanwijzen', opgeheven: 'opheffen', vergeleken: 'vergelijken',
  verkregen: 'verkrijgen', afgesproken: 'afspreken', gesproken: 'spreken', besproken: 'bespreken', verbonden: 'verbinden',
  ontbonden: 'ontbinden', gebonden: 'binden', gevonden: 'vinden', bevonden: 'bevinden', vastgelegd: 'vastleggen',
  gelegd: 'leggen', gezegd: 'zeggen', opgezegd: 'opzeggen', toegezegd: 'toezeggen', gebouwd: 'bouwen',
  verkoopt: 'verkopen', koopt: 'kopen', loopt: 'lopen', verliep: 'verlopen', liep: 'lopen', kocht: 'kopen',
  verkochten: 'verkopen', bouwden: 'bouwen', spraken: 'spreken', beloofd: 'beloven', ontvangen: 'ontvangen',
  gestegen: 'stijgen', gedaald: 'dalen', gelopen: 'lopen', verlopen: 'verlopen', afgelopen: 'aflopen',
};

/** Words that look like a participle ("ge…d/t") but are nouns or adjectives. */
const NOT_PARTICIPLES = new Set(
  'gebied gebieden gezond gewest gebit gedicht gewicht gerecht gezicht gesticht geheid geld gelet gemiddeld gevaarlijk gehandicapt genot gezet gebed'.split(' '),
);

/**
 * The verb forms a word may stand for, beyond itself: "aangepast" → ["aanpassen", "aanpas"],
 * "loopt" → ["lopen", "loop"], "beëindigd" → ["beeindig"]. Input is normalised (lower case, no accents).
 */
export function verbForms(word: string): string[] {
  const out: string[] = [];
  const irregular = IRREGULAR[word];
  if (irregular) return [irregular];
  if (word.length < 5 || NOT_PARTICIPLES.has(word)) return out;
  // Weak participle with ge-, possibly after a separable prefix: (aan)ge-past, (op)ge-leverd.
  for (const prefix of ['', ...SEPARABLE]) {
    if (!word.startsWith(`${prefix}ge`)) continue;
    const root = word.slice(prefix.length + 2);
    if (root.length >= 3 && /[dt]$/.test(root) && /[aeiouy]/.test(root)) {
      // "gericht" is ge-richt (the stem ends in t) as well as ge-rich-t: keep both readings.
      out.push(prefix + root, prefix + root.slice(0, -1));
      return out;
    }
  }
  // Participles without ge- (be-, ver-, ont-, her-, er-): beëindigd, verduurzaamd, ontwikkeld.
  if (/^(be|ver|ont|her|er)[a-z]{3,}[dt]$/.test(word)) out.push(word.slice(0, -1));
  // Present tense third person: "loopt", "levert", "woont". Not after s/t/ch, where -t is part of the word.
  else if (/[^aeiouts]t$/.test(word) && !/cht$/.test(word) && word.length >= 5) out.push(word.slice(0, -1));
  return out;
}
