/** User-facing text of the conversation engine, in one place (Dutch by default). */
import { localDateTime } from '../core/calendar.js';

export const texts = {
  help: [
    'Ik ben Afsprakenbot. Ik ken de prestatieafspraken van gemeenten, corporaties en huurdersorganisaties.',
    '',
    '• Stel een vraag, bijvoorbeeld: "wat spraken we af over verkoop in 2026?" of "wat moet Sint Joseph doen aan verduurzaming?"',
    '• Vervolgvraag in dezelfde draad: "en in Almere?" of "en Beter Wonen?"',
    '• `afspraak 3 Almelo` toont één afspraak volledig.',
    '• `voortgang` start of hervat je kwartaalrapportage (als je rapporteur bent); dat formulier loopt altijd in je privéchat met mij.',
    '• `overleggen` toont de geplande overleggen; coördinatoren kunnen bijvoorbeeld `nieuw overleg: bestuurlijk overleg Almelo op 12 maart 2026` en `digest` gebruiken (het overzicht stuur ik je privé).',
    '• 👍/👎 onder een antwoord, met bijvoorbeeld `feedback: de bron klopt niet` erachteraan, helpt mij beter te worden.',
    '• `over` vertelt wat ik ben en waar mijn kennis vandaan komt.',
  ].join('\n'),
  /** Added to `hulp` for coordinators and administrators. */
  helpCoordinator: [
    '',
    'Als coördinator:',
    '• `start uitvraag` stuurt elke rapporteur van je gemeente de kwartaaluitvraag (of `start uitvraag Q3 2026`); de planner doet dit ook vanzelf vóór het kwartaaleinde.',
    '• `voortgang` toont per partij hoeveel er is ingevuld, met knoppen om namens een partij in te vullen.',
    '• `voeg <naam> toe aan <partij>` en `verwijder <naam> uit <partij>` beheren de rapporteurs.',
    '• `nieuw overleg: bestuurlijk overleg <gemeente> op 12 maart 2026 om 14:00` (of `over 3 weken`), `overleggen` en `verwijder overleg <code>`.',
    '• `digest` en `digest overleg` tonen het overzicht vooraf; de volledige voortgang staat in de console onder Voortgang.',
  ].join('\n'),
  about: (municipalities: string[], count: number) =>
    `Afsprakenbot beantwoordt vragen over prestatieafspraken en verzamelt elk kwartaal de voortgang. ` +
    `Ik ken nu ${count} afspraken${municipalities.length ? ` van ${municipalities.join(', ')}` : ''}. ` +
    'Elk antwoord noemt de afspraak waar het op steunt (gemeente, nummer, titel); ik verzin geen afspraken.',
  agreementUsage: 'Typ bijvoorbeeld `afspraak 3 Almelo`: eerst het nummer, dan de gemeente.',
  agreementNotFound: (number: string, municipality: string) => `Ik vond geen afspraak ${number} van ${municipality}.`,
  unknownMunicipality: (name: string, known: string[]) =>
    `Ik heb geen afspraken van ${name}.${known.length ? ` Wel van: ${known.join(', ')}.` : ''}`,
  feedbackThanks: 'Bedankt voor je feedback!',
  feedbackAskReason: 'Bedankt. Wat kon er beter? Typ `feedback:` met je reden erachter, bijvoorbeeld `feedback: de bron klopt niet`.',
  feedbackReasonSaved: 'Dank je, je toelichting is bewaard bij het antwoord.',
  feedbackNothing: 'Ik heb nog geen antwoord van je om feedback op te geven.',
  unknownAction: 'Deze knop ken ik niet (meer). Typ `hulp` om te zien wat ik kan.',
  answerGone: 'Dat antwoord kan ik niet meer vinden; stel je vraag gerust opnieuw.',
  emptyMessage: 'Ik zag geen vraag. Typ `hulp` om te zien wat ik kan.',
  internalError: 'Er ging iets mis bij het beantwoorden. Probeer het zo nog eens; het is gelogd.',
  /** Said first when an answer comes late because the bot restarted while answering. */
  lateAnswer: 'Sorry, dit antwoord komt later dan normaal: de bot werd herstart terwijl ik met je bericht bezig was.',
  sendRetrying: (at: Date | null, timeZone?: string) => (at ? `(nieuwe poging om ${localDateTime(at, timeZone)})` : '(nieuwe poging volgt)'),
  privateSent: 'Dit is alleen voor jou: ik heb het je in een privébericht gestuurd.',
  privateFailed:
    'Dit is alleen voor jou, maar ik kon je geen privébericht sturen. Open een chat met mij (Afsprakenbot) en vraag het daar opnieuw.',
  welcomeTitle: 'Welkom bij Afsprakenbot',
  welcomePersonal: [
    'Ik beantwoord vragen over de prestatieafspraken van gemeenten, woningcorporaties en huurdersorganisaties, en noem bij elk antwoord de afspraak waarop het steunt (gemeente, nummer, titel).',
    '',
    'Zo begin je:',
    '• Stel een vraag, bijvoorbeeld: "wat spraken we af over verkoop in 2026?"',
    '• `afspraak 3 Almelo` toont één afspraak volledig.',
    '• `voortgang` opent je kwartaalrapportage, als je rapporteur bent.',
    '• `hulp` laat zien wat ik nog meer kan.',
  ].join('\n'),
  welcomeGroup: [
    'Ik beantwoord vragen over de prestatieafspraken van gemeenten, woningcorporaties en huurdersorganisaties, met de afspraak waarop het antwoord steunt.',
    '',
    'Noem mij met je vraag, bijvoorbeeld: "@Afsprakenbot wat spraken we af over verkoop in 2026?". Typ `hulp` voor meer.',
    '',
    'Kwartaalrapportages, voortgang en overzichten gaan nooit in dit gesprek: die stuur ik iedereen privé.',
  ].join('\n'),
  feedbackUp: '👍 Nuttig',
  feedbackDown: '👎 Niet nuttig',
};
