/** User-facing Q&A strings, Dutch by default with English for English questions. */
export type Lang = 'nl' | 'en';

export const QA_TEXTS = {
  nl: {
    foundOne: 'Ik vond deze afspraak:',
    foundMany: 'Ik vond deze afspraken:',
    notFound: (topic: string) => `Ik vond geen afspraak over ${topic}.`,
    notFoundGeneric: 'Ik vond geen afspraak die bij je vraag past.',
    themes: (list: string) => `Er zijn wel afspraken over onder meer: ${list}.`,
    noData: 'Er zijn nog geen afspraken ingelezen.',
    within: (filters: string) => ` (${filters})`,
  },
  en: {
    foundOne: 'I found this agreement:',
    foundMany: 'I found these agreements:',
    notFound: (topic: string) => `I found no agreement about ${topic}.`,
    notFoundGeneric: 'I found no agreement matching your question.',
    themes: (list: string) => `There are agreements on, among other things: ${list}.`,
    noData: 'No agreements have been loaded yet.',
    within: (filters: string) => ` (${filters})`,
  },
} as const;

const ENGLISH = new Set(
  'the what which who how many much does do did is are will would should about in on for of with and agreement agreements sell homes housing tenants rent municipality when where why there any'.split(' '),
);
const DUTCH = new Set(
  'de het een wat welke wie hoe hoeveel is zijn wordt worden over in op voor van met en afspraak afspraken gaat doen wanneer waar er'.split(' '),
);

/** Guesses the question's language from common function words; Dutch unless clearly English. */
export function detectLanguage(question: string): Lang {
  const words = question.toLowerCase().match(/[a-z]+/g) ?? [];
  let en = 0;
  let nl = 0;
  for (const w of words) {
    if (ENGLISH.has(w) && !DUTCH.has(w)) en++;
    if (DUTCH.has(w) && !ENGLISH.has(w)) nl++;
  }
  return en > nl ? 'en' : 'nl';
}
