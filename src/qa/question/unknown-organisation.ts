import { normaliseText } from '../analysis/normalise.js';
import { stemWord } from '../analysis/stem.js';
import { STOPWORDS } from '../analysis/stopwords.js';
import type { Catalog } from './catalog.js';
import type { QToken } from './tokens.js';

/** Capitalised words that are not organisations. */
const NOT_ORGANISATIONS = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag nederland nederlandse rijk wet wmo i ik q1 q2 q3 q4 kwartaal covid corona co2'.split(' '),
);
const QUESTION_WORDS = new Set(
  'wat welke welk hoe hoeveel wie waar wanneer waarom heeft hebben is zijn moet moeten kan kunnen doet doen gaat gaan wil wordt worden zal staat staan klopt geef noem vertel toon what which how who where when why does do is are can will did has have en maar of'.split(' '),
);
/** Words that make a capitalised name read as an organisation. */
const ORGANISATION_WORDS = /(wonen|woon|huis|stichting|corporatie|groep|bouw|vereniging|raad|platform|stede|thuis|partners|alliantie|borg|haven|poort|vast|goed|bedrijf|beheer|zorg)/i;
/** Verbs after which a name is the subject of the question ("wat moet X doen", "wat heeft X beloofd"). */
const SUBJECT_SLOT = new Set('moet heeft doet gaat wil kan zal levert bouwt verkoopt'.split(' '));

/** Words after which a name is what the question is about, not who. */
const TOPIC_SLOT = new Set('over about omtrent betreffende rond rondom project projecten locatie plan'.split(' '));

const phraseCache = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The municipalities whose agreement texts contain the phrase (normalised, whole words); only agreements
 * the index lists under the phrase's rarest word are read. Cached per index view.
 */
function municipalitiesUsing(catalog: Catalog, phrase: string, rarest: string): Set<string> {
  let cache = phraseCache.get(catalog.snapshot);
  if (!cache) phraseCache.set(catalog.snapshot, (cache = new Map()));
  const hit = cache.get(phrase);
  if (hit) return hit;
  const found = new Set<string>();
  for (const { a } of catalog.snapshot.withStem(stemWord(rarest))) {
    if (found.has(a.municipality)) continue;
    const text = ` ${normaliseText(`${a.title} ${a.yearText} ${a.multiYearText} ${a.responsible.join(' ')}`).replace(/[^a-z0-9]+/g, ' ')} `;
    if (text.includes(` ${phrase} `)) found.add(a.municipality);
  }
  cache.set(phrase, found);
  return found;
}

/** An organisation-like name in a question: known when agreement texts use it (in these municipalities). */
export interface OrganisationMention {
  name: string;
  /** Normalised words of the name. */
  phrase: string;
  municipalities: Set<string>;
  from: number;
  to: number;
}

/**
 * A capitalised, organisation-like name in the question ("Mijn Huis", "Woonbedrijf Oost", "WBO", "wat
 * moet Dalwonen doen"), with the municipalities whose texts use it (none: an unknown organisation).
 */
export function findOrganisation(tokens: QToken[], consumed: Uint8Array, catalog: Catalog): OrganisationMention | null {
  for (let i = 0; i < tokens.length; i++) {
    if (consumed[i] || !tokens[i]!.capital) continue;
    let j = i;
    // A name ends where a sentence does ("label F. Gaat mijn huur …").
    while (j < tokens.length && !consumed[j] && (j === i || !tokens[j]!.sentenceStart) && (tokens[j]!.capital || (j > i && /^\d+$/.test(tokens[j]!.norm)))) j++;
    let from = i;
    // The first word of the question, or of a sentence in it, is capitalised anyway.
    if ((from === 0 || tokens[from]!.sentenceStart) && QUESTION_WORDS.has(tokens[from]!.norm)) from += 1;
    const run = tokens.slice(from, j).filter((t) => !NOT_ORGANISATIONS.has(t.norm));
    i = j;
    if (run.length === 0 || ((from === 0 || tokens[from]!.sentenceStart) && run.length === 1)) continue;
    // "label E, F of G": single capitals are labels or grades, no organisation.
    if (run.every((t) => t.raw.length === 1)) continue;
    const name = run.map((t) => t.raw).join(' ');
    const before = tokens[from - 1]?.norm ?? '';
    const after = tokens[j]?.norm ?? '';
    const organisationLike =
      run.length >= 2 ||
      ORGANISATION_WORDS.test(name) ||
      /^[A-Z0-9]{2,6}$/.test(run[0]!.raw) ||
      (SUBJECT_SLOT.has(before) && (after === '' || after === 'doen' || after === 'in' || after === 'aan'));
    // "wat is afgesproken over Skaeve Huse": after "over" a name is the topic, unless it says it is an organisation.
    if (!organisationLike || (TOPIC_SLOT.has(before) && !ORGANISATION_WORDS.test(name) && !/^[A-Z0-9]{2,6}$/.test(run[0]!.raw))) continue;
    const content = run.filter((t) => !STOPWORDS.has(t.norm));
    const phrase = run.map((t) => t.norm).join(' ');
    // "Maaswijk-Oost" is one word in the texts: its parts alone are not.
    const joined = content.map((t) => t.norm).join('');
    const unseenWord = content.some((t) => catalog.snapshot.wordDf(t.norm) === 0) && !(content.length > 1 && catalog.snapshot.wordDf(joined) > 0);
    const rarest = [...content].sort((x, y) => catalog.snapshot.wordDf(x.norm) - catalog.snapshot.wordDf(y.norm))[0];
    const municipalities = unseenWord || !rarest ? new Set<string>() : catalog.snapshot.wordDf(joined) > 0 && content.length > 1 ? municipalitiesUsing(catalog, phrase, joined) : municipalitiesUsing(catalog, phrase, rarest.norm);
    return { name, phrase, municipalities, from: tokens.indexOf(run[0]!), to: tokens.indexOf(run[run.length - 1]!) + 1 };
  }
  return null;
}
