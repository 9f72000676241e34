/** User-facing Q&A strings, Dutch by default with English for English questions. */
export type Lang = 'nl' | 'en';

const list = (items: string[], max = 12, and = 'en') =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} ${and} ${items.length - max} meer`;

export const QA_TEXTS = {
  nl: {
    notFound: (topic: string) => `Ik vond geen afspraak over ${topic}.`,
    notFoundGeneric: 'Ik vond geen afspraak die bij je vraag past.',
    themes: (items: string[]) => `Er zijn wel afspraken over onder meer: ${items.join(', ')}.`,
    noData: 'Er zijn nog geen afspraken ingelezen.',
    closest: (topic: string) => `Ik vond geen afspraak die precies ${topic ? `over ${topic} ` : ''}gaat. Het dichtst in de buurt komen:`,
    absentMunicipality: (names: string[], stored: string[]) =>
      `Ik heb geen afspraken van ${names.join(' en ')}.${stored.length ? ` Wel van: ${list(stored)}.` : ''}`,
    alsoAbsent: (names: string[]) => `Van ${names.join(' en ')} heb ik geen afspraken.`,
    unknownParty: (name: string, known: string[]) =>
      `Ik ken geen partij '${name}' in de afspraken.${known.length ? ` Bekende partijen: ${list(known)}.` : ''}`,
    unknownAgreement: (number: string, municipality: string, first: string | null, last: string | null) =>
      `Ik vond geen afspraak ${number} van ${municipality}.${first && last ? ` De afspraken van ${municipality} lopen van ${first} tot en met ${last}.` : ''}`,
    ambiguousAgreement: (number: string, municipalities: string[]) =>
      `Afspraak ${number} bestaat in ${list(municipalities)}. Noem de gemeente erbij, bijvoorbeeld "${municipalities[0]} ${number}".`,
    partNumbers: (number: string, municipality: string, numbers: string[]) =>
      `${municipality} heeft geen afspraak ${number}, wel ${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)} (het document nummert per deel). Vraag bijvoorbeeld naar "${municipality} ${numbers[0]}".`,
    source: (label: string, title: string) => `(${label} — ${title})`,
    responsible: (label: string, title: string, names: string[]) =>
      names.length ? `Regie op realisatie bij ${label} (${title}): ${names.join(', ')}.` : `Bij ${label} (${title}) staat geen trekker of regiehouder.`,
    period: (label: string, title: string, from: number | null, to: number | null, year: number | null) =>
      `${label} (${title}) ${from && to ? `hoort bij de afspraken ${from === to ? from : `${from} t/m ${to}`}` : 'heeft geen periode in het document'}${year ? `, met acties voor ${year}` : ''}.`,
    title: (label: string, title: string) => `${label} heet "${title}".`,
    theme: (label: string, title: string, chapter: string | null) =>
      chapter ? `${label} (${title}) valt onder het thema ${chapter}.` : `${label} (${title}) staat niet onder een thema.`,
    agreementHeading: (label: string, title: string, chapter: string | null) => `${label} — ${title}${chapter ? ` (${chapter})` : ''}`,
    regie: (names: string[]) => `Regie op realisatie: ${names.join(', ')}`,
    multiYear: (from: number | null, to: number | null) => `Afspraak${from && to ? (from === to ? ` ${from}` : ` ${from} t/m ${to}`) : ''}:`,
    yearPart: (year: number | null) => `Afspraak ${year ?? 'dit jaar'}:`,
    partyList: (party: string, n: number, where: string, year: number | null) =>
      `${party} heeft ${n === 1 ? 'één afspraak' : `${n} afspraken`}${where ? ` in ${where}` : ''}${year ? ` voor ${year}` : ''}:`,
    roleList: (role: string, plural: boolean, n: number, where: string, year: number | null) =>
      `Afspraken waarvoor ${role} verantwoordelijk ${plural ? 'zijn' : 'is'}${where ? ` in ${where}` : ''}${year ? ` voor ${year}` : ''} (${n}):`,
    yearList: (where: string, year: number, n: number) => `In ${where} ${n === 1 ? 'geldt één afspraak' : `gelden ${n} afspraken`} voor ${year}; eerst die ${year} noemen:`,
    partyNone: (party: string, where: string, year: number | null) =>
      `Ik vond geen afspraken van ${party}${where ? ` in ${where}` : ''}${year ? ` voor ${year}` : ''}.`,
    andMore: (n: number) => `… en nog ${n}.`,
    tableCell: (row: string, column: string, value: string, label: string, title: string) =>
      `${row}, ${column}: ${value} (uit de tabel bij afspraak ${label} — ${title}).`,
    corrected: (pairs: string) => `(Gelezen als: ${pairs}.)`,
  },
  en: {
    notFound: (topic: string) => `I found no agreement about ${topic}.`,
    notFoundGeneric: 'I found no agreement matching your question.',
    themes: (items: string[]) => `There are agreements on, among other things: ${items.join(', ')}.`,
    noData: 'No agreements have been loaded yet.',
    closest: (topic: string) => `I found no agreement exactly ${topic ? `about ${topic}` : 'on this'}. The closest are:`,
    absentMunicipality: (names: string[], stored: string[]) =>
      `I have no agreements of ${names.join(' and ')}.${stored.length ? ` I do have: ${list(stored, 12, 'and')}.` : ''}`,
    alsoAbsent: (names: string[]) => `I have no agreements of ${names.join(' and ')}.`,
    unknownParty: (name: string, known: string[]) =>
      `I know no party '${name}' in the agreements.${known.length ? ` Known parties: ${list(known, 12, 'and')}.` : ''}`,
    unknownAgreement: (number: string, municipality: string, first: string | null, last: string | null) =>
      `I found no agreement ${number} of ${municipality}.${first && last ? ` Its agreements run from ${first} to ${last}.` : ''}`,
    ambiguousAgreement: (number: string, municipalities: string[]) =>
      `Agreement ${number} exists in ${list(municipalities, 12, 'and')}. Name the municipality, e.g. "${municipalities[0]} ${number}".`,
    partNumbers: (number: string, municipality: string, numbers: string[]) =>
      `${municipality} has no agreement ${number}, but it has ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} (the document numbers each part). Ask for example about "${municipality} ${numbers[0]}".`,
    source: (label: string, title: string) => `(${label} — ${title})`,
    responsible: (label: string, title: string, names: string[]) =>
      names.length ? `Responsible for ${label} (${title}): ${names.join(', ')}.` : `${label} (${title}) names no responsible party.`,
    period: (label: string, title: string, from: number | null, to: number | null, year: number | null) =>
      `${label} (${title}) ${from && to ? `belongs to the agreements ${from}–${to}` : 'has no period in the document'}${year ? `, with actions for ${year}` : ''}.`,
    title: (label: string, title: string) => `${label} is called "${title}".`,
    theme: (label: string, title: string, chapter: string | null) =>
      chapter ? `${label} (${title}) falls under the theme ${chapter}.` : `${label} (${title}) has no theme.`,
    agreementHeading: (label: string, title: string, chapter: string | null) => `${label} — ${title}${chapter ? ` (${chapter})` : ''}`,
    regie: (names: string[]) => `Responsible: ${names.join(', ')}`,
    multiYear: (from: number | null, to: number | null) => `Agreement${from && to ? ` ${from}–${to}` : ''}:`,
    yearPart: (year: number | null) => `Agreement ${year ?? 'this year'}:`,
    partyList: (party: string, n: number, where: string, year: number | null) =>
      `${party} has ${n === 1 ? 'one agreement' : `${n} agreements`}${where ? ` in ${where}` : ''}${year ? ` for ${year}` : ''}:`,
    roleList: (role: string, plural: boolean, n: number, where: string, year: number | null) =>
      `Agreements ${role} ${plural ? 'are' : 'is'} responsible for${where ? ` in ${where}` : ''}${year ? ` for ${year}` : ''} (${n}):`,
    yearList: (where: string, year: number, n: number) => `${n === 1 ? 'One agreement applies' : `${n} agreements apply`} in ${where} for ${year}; those naming ${year} first:`,
    partyNone: (party: string, where: string, year: number | null) => `I found no agreements of ${party}${where ? ` in ${where}` : ''}${year ? ` for ${year}` : ''}.`,
    andMore: (n: number) => `… and ${n} more.`,
    tableCell: (row: string, column: string, value: string, label: string, title: string) =>
      `${row}, ${column}: ${value} (from the table in agreement ${label} — ${title}).`,
    corrected: (pairs: string) => `(Read as: ${pairs}.)`,
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
