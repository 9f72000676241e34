/** User-facing text of reviewing, correcting and uploading documents, in one place (Dutch). */
import type { CorrectableField } from '../core/review.js';

export const reviewTexts = {
  fieldNames: { number: 'nummer', title: 'titel', theme: 'thema', kind: 'soort', responsible: 'regie' } satisfies Record<CorrectableField, string>,
  uploadNotAllowed: 'Alleen coördinatoren (en beheerders) kunnen documenten inlezen. Er is niets ingelezen.',
  notCoordinatorOf: (municipality: string) => `dit is een document van ${municipality}, en daar ben je geen coördinator van. Er is niets van opgeslagen.`,
  correctNotAllowed: (municipality: string) =>
    `Alleen coördinatoren van ${municipality} (en beheerders) kunnen afspraken van ${municipality} corrigeren. Er is niets gewijzigd.`,
  reviewNotAllowed: (municipality: string) =>
    `Alleen coördinatoren van ${municipality} (en beheerders) kunnen een document van ${municipality} als gecontroleerd markeren.`,
  agreementGone:
    'Deze afspraak bestaat niet meer: er is intussen een nieuwe versie van het document ingelezen. Vernieuw de pagina en probeer het opnieuw. Er is niets gewijzigd.',
  documentGone: 'Dit document is intussen vervangen door een nieuwe versie. Vernieuw de pagina en controleer die versie.',
  badNumber: (input: string) => `'${input}' is geen afspraaknummer — typ het nummer zoals het document het drukt, bijvoorbeeld 3, 2.1 of A3.`,
  emptyTitle: 'De titel mag niet leeg zijn.',
  tooLong: (field: string, max: number) => `De ${field} is te lang (maximaal ${max} tekens).`,
  badKind: (input: string) => `'${input}' is geen soort — kies focus, regulier, meerjarig, jaarafspraak of geen.`,
  badValue: (field: string) => `De ${field} is geen tekst.`,
  tooManyParties: (max: number) => `Geef hooguit ${max} partijen voor de regie.`,
  noChanges: 'Geef minstens één veld om te corrigeren: nummer, titel, thema, soort of regie.',
  unknownField: (name: string) => `"${name}" kan niet worden gecorrigeerd; dat kan alleen nummer, titel, thema, soort en regie.`,
  noFiles: 'Er zat geen bestand bij.',
  tooManyFiles: (max: number) => `Stuur hooguit ${max} bestanden tegelijk.`,
  fileTooLarge: (name: string, limit: string, size: string) => `${name}: het bestand is groter dan de limiet van ${limit} (${size}). Er is niets ingelezen.`,
  downloadFailed: (name: string, reason: string) => `${name}: het bestand kon niet worden opgehaald (${reason}). Er is niets ingelezen; stuur het gerust opnieuw.`,
  // Chat replies after an upload
  uploadedTitle: (municipality: string, title: string) => `Ingelezen: ${municipality} — ${title}`,
  status: { created: 'nieuw document', replaced: 'nieuwe versie, vervangt de vorige', unchanged: 'ongewijzigd: dit bestand was al ingelezen' },
  summary: (period: string, count: number, status: string) => `${period}; ${count === 1 ? '1 afspraak' : `${count} afspraken`} (${status}).`,
  periodUnknown: 'periode onbekend',
  parties: (names: string[]) => `Partijen: ${names.join(', ') || '—'}.`,
  warnings: (list: string[]) => `Let op: ${list.join(' · ')}`,
  reviewed: (by: string, at: string) => `Gecontroleerd door ${by} op ${at}.`,
  notReviewed: 'Nog niet gecontroleerd: kijk nummers, titels, thema\'s en regie na en markeer het document daarna als gecontroleerd.',
  reviewLink: (url: string) => `Controleren en corrigeren in de console: ${url}`,
  corrected: 'gecorrigeerd',
  noResponsible: 'geen regie',
  more: (n: number) => `… en nog ${n}`,
};
