import { describe, expect, it } from 'vitest';
import { createAnalyzer, endsInMainVerb } from '../../src/qa/analysis/analyzer.js';
import { verbForms } from '../../src/qa/analysis/morphology.js';
import { stemWord } from '../../src/qa/analysis/stem.js';
import { correctWord, editDistance } from '../../src/qa/analysis/typos.js';
import { unsupportedFact } from '../../src/qa/fact-check.js';
import { adjectiveForms, MunicipalityMatcher } from '../../src/qa/question/municipalities.js';
import { findNumberMentions } from '../../src/qa/question/reference.js';
import { questionTokens } from '../../src/qa/question/tokens.js';
import { createRefreshingCache } from '../../src/qa/refreshing-cache.js';
import { prepareQuery } from '../../src/qa/retrieval/prepare-query.js';
import { proximityFactor } from '../../src/qa/retrieval/rank-hits.js';
import { scoreCandidates } from '../../src/qa/retrieval/score-candidates.js';
import { TopK } from '../../src/qa/retrieval/top-k.js';
import { agreement, memoryIndex } from '../helpers/memory-index.js';

describe('verb morphology', () => {
  it('maps participles and the -t present tense onto the verb the nouns share a stem with', () => {
    const stems = (w: string) => [stemWord(w), ...verbForms(w).map(stemWord)];
    expect(stems('aangepast')).toContain(stemWord('aanpassen'));
    expect(stems('bijgesteld')).toContain(stemWord('bijstelling'));
    expect(stems('beeindigd')).toContain(stemWord('beeindigen'));
    expect(stems('opgeleverd')).toContain(stemWord('opleveren'));
    expect(stems('loopt')).toContain(stemWord('lopen'));
    expect(stems('verkocht')).toContain(stemWord('verkoop'));
    expect(verbForms('gebied')).toEqual([]);
  });

  it('takes the last word as the verb only after an auxiliary', () => {
    expect(endsInMainVerb('Hoeveel woningen gaat de corporatie verkopen?')).toBe(true);
    expect(endsInMainVerb('Wat is afgesproken over woonwagenlocaties?')).toBe(false);
  });
});

describe('typo correction', () => {
  it('counts an adjacent transposition as one edit and stops early past the limit', () => {
    expect(editDistance('verkoop', 'verkop', 2)).toBe(1);
    expect(editDistance('huurwoningen', 'huurwoinngen', 2)).toBe(1);
    expect(editDistance('woning', 'corporatie', 2)).toBe(3);
  });

  it('corrects against the vocabulary, one edit for short words and two for long ones', () => {
    const vocabulary = { byLength: new Map([[8, [{ word: 'verkopen', df: 3 }]], [12, [{ word: 'huurwoningen', df: 9 }]], [5, [{ word: 'label', df: 4 }]]]) };
    expect(correctWord('verkpen', vocabulary)?.word).toBe('verkopen');
    expect(correctWord('huurwnonigen', vocabulary)?.word).toBe('huurwoningen');
    expect(correctWord('lbael', vocabulary)?.word).toBe('label');
    expect(correctWord('laadpaal', vocabulary)).toBeNull();
  });
});

describe('municipality names', () => {
  it('derives adjectives by rule', () => {
    expect(adjectiveForms('Almere')).toContain('almeerse');
    expect(adjectiveForms('Roermond')).toContain('roermondse');
    expect(adjectiveForms('Zwolle')).toContain('zwolse');
    expect(adjectiveForms('Groningen')).toContain('groningse');
    expect(adjectiveForms('Goes')).toContain('goese');
    expect(adjectiveForms('Enschede')).toContain('enschedese');
    expect(adjectiveForms('Leiden')).toContain('leidse');
    expect(adjectiveForms('Utrecht')).toContain('utrechtse');
  });

  it('knows every Dutch municipality, stored or not, and ordinary words only when capitalised', () => {
    const m = new MunicipalityMatcher(['Almelo']);
    const find = (q: string) => m.find(questionTokens(q)).map((x) => `${x.name}${x.stored ? '' : '?'}`);
    expect(find('Wat doen de Haagse corporaties?')).toEqual(["'s-Gravenhage?"]);
    expect(find('afspraken in Den Bosch en Almelo')).toEqual(["'s-Hertogenbosch?", 'Almelo']);
    expect(find('hoeveel huizen worden er gebouwd in Bergen op Zoom?')).toEqual(['Bergen op Zoom?']);
    expect(find('wat doet de gemeente Huizen?')).toEqual(['Huizen?']);
    // A known irregular adjective wins over the rule for a shorter name ("Bergse" is not Bergen's).
    expect(find('de Bergse prestatieafspraken')).toEqual(['Bergen op Zoom?']);
    expect(find('de Goese corporaties')).toEqual(['Goes?']);
    expect(m.fuzzy('almeloo')).toBe('Almelo');
    // "Leeuwarder", "Groninger": the -er adjective, only capitalised ("de leider" is nobody's town).
    expect(find('Wat spraken de Leeuwarder partijen af?')).toEqual(['Leeuwarden?']);
    expect(find('wie is de leider van het overleg?')).toEqual([]);
  });
});

describe('agreement numbers in questions', () => {
  const mentions = (q: string, municipality: string) => {
    const start = q.indexOf(municipality);
    return findNumberMentions(q, start >= 0 ? [{ start, end: start + municipality.length }] : []).map((n) => `${n.number}${n.explicit ? '' : '?'}`);
  };
  it('finds numbers said as an agreement, not amounts or years', () => {
    expect(mentions('Almelo 12', 'Almelo')).toEqual(['12']);
    expect(mentions('afspraak 6 van Almere', 'Almere')).toEqual(['6']);
    expect(mentions('wat staat er in 2.2 van Dalvoorde?', 'Dalvoorde')).toEqual(['2.2']);
    expect(mentions('Hoeveel woningen verkoopt Almelo in 2026? Het waren er 22.', 'Almelo')).toEqual([]);
    expect(mentions('Sint Joseph verkoopt 22 woningen', '')).toEqual([]);
  });
});

describe('query terms against the index', () => {
  const { snapshot, analyzer } = memoryIndex([
    agreement({ number: '1', title: 'Verkoop van huurwoningen', multiYearText: 'De corporatie verkoopt jaarlijks 10 huurwoningen.' }),
    agreement({ number: '2', title: 'Looptijd', multiYearText: 'De afspraken lopen tot en met 2029.' }),
    agreement({ number: '3', title: 'Bijstelling', multiYearText: 'Partijen kunnen de afspraken tussentijds bijstellen.' }),
  ]);

  it('corrects typos against the index and drops slips on question words', () => {
    const q = prepareQuery('wat sprken we af ovr verkop van huurwonigen', analyzer, snapshot);
    expect(q.missing).toEqual([]);
    expect(q.terms.map((t) => t.word)).not.toContain('ovr');
    const hits = scoreCandidates(snapshot, q, { limit: 3 });
    expect(hits[0]!.ref.a.number).toBe('1');
  });

  it('reports topic words no agreement holds', () => {
    expect(prepareQuery('hoeveel laadpalen komen er', analyzer, snapshot).missing).toEqual(['laadpalen']);
  });

  it('understands paraphrases: "hoe lang" for looptijd, "aangepast" for bijstellen', () => {
    const top = (text: string) => scoreCandidates(snapshot, prepareQuery(text, analyzer, snapshot), { limit: 3 })[0]?.ref.a.number;
    expect(top('hoe lang gelden de afspraken')).toBe('2');
    expect(top('kunnen de afspraken worden aangepast')).toBe('3');
  });

  it('joins a separable verb with its particle', () => {
    const a = createAnalyzer([['opleveren', 'nieuwbouw']]);
    const idx = memoryIndex([agreement({ number: '1', title: 'Nieuwbouw', multiYearText: 'We leveren 40 woningen op.' })], a);
    const q = prepareQuery('hoeveel woningen levert de corporatie op', a, idx.snapshot);
    expect(q.terms.some((t) => t.word === 'levert … op')).toBe(true);
  });
});

describe('model answer facts', () => {
  const cited = [{ municipality: 'Almelo', title: 'Verkoop van huurwoningen', passages: ['Sint Joseph is in 2026 voornemens om 22 woningen te verkopen.'] }];
  it('accepts numbers and names that occur in the cited passages', () => {
    expect(unsupportedFact('Sint Joseph verkoopt in 2026 22 woningen.', cited, ['Sint Joseph', 'Beter Wonen'])).toBeNull();
  });
  it('rejects an invented number, a known party not cited, and an unknown organisation', () => {
    expect(unsupportedFact('Sint Joseph verkoopt 9999 woningen.', cited, [])).toBe('9999');
    expect(unsupportedFact('Ook Beter Wonen verkoopt woningen.', cited, ['Beter Wonen'])).toBe('Beter Wonen');
    expect(unsupportedFact('Dat doet ook Woonbedrijf Oost.', cited, [])).toBe('Woonbedrijf Oost');
  });
});

describe('small parts', () => {
  it('keeps the k best of many', () => {
    const top = new TopK<number>(3);
    for (const n of [5, 1, 9, 3, 7, 2]) top.push(n, n);
    expect(top.sorted()).toEqual([9, 7, 5]);
  });

  it('scales between 0.6 without a sentence holding the words and 1 for the best one', () => {
    expect(proximityFactor(0)).toBeCloseTo(0.6);
    expect(proximityFactor(2)).toBe(1);
  });

  it('refreshing cache serves the old value while reloading in the background once stale', async () => {
    let clock = 0;
    let loads = 0;
    let release: (v: number) => void = () => undefined;
    const cache = createRefreshingCache(() => (++loads === 1 ? Promise.resolve(1) : new Promise<number>((r) => (release = r))), 100, { now: () => clock });
    expect(await cache.get()).toBe(1);
    clock = 150;
    expect(await cache.get()).toBe(1);
    release(2);
    await new Promise((r) => setImmediate(r));
    expect(await cache.get()).toBe(2);
  });
});

describe('words the texts put otherwise', () => {
  const { snapshot, analyzer } = memoryIndex([
    agreement({ number: '1', title: 'Woningaanpassing', multiYearText: 'Aanpassing van 30 woningen voor ouderen met een traplift.' }),
    agreement({ number: '2', title: 'Nieuwbouw', multiYearText: 'De corporatie bouwt 40 appartementen voor jongeren.' }),
  ]);
  const best = (q: string) => scoreCandidates(snapshot, prepareQuery(q, analyzer, snapshot), { limit: 1 })[0]?.ref.a.number;

  it('finds a compound the texts write apart ("ouderenwoningen") and a verb they use as a noun ("aanpast")', () => {
    const q = prepareQuery('ouderenwoningen aanpast', analyzer, snapshot);
    expect(q.missing).toEqual([]);
    expect(best('hoeveel ouderenwoningen past de corporatie aan')).toBe('1');
    expect(best('hoeveel woningen aanpast')).toBe('1');
  });

  it('still counts an unknown compound as unknown for a refusal when only its parts occur', () => {
    const q = prepareQuery('jongerenappartementsdrones', analyzer, snapshot);
    expect(q.missing.length).toBeGreaterThan(0);
  });
});
