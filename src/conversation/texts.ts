/** User-facing text of the conversation engine, in one place (Dutch by default). */
export const texts = {
  help: [
    'Ik ben Afsprakenbot. Ik ken de prestatieafspraken van gemeenten, corporaties en huurdersorganisaties.',
    '',
    '• Stel een vraag, bijvoorbeeld: "wat spraken we af over verkoop in 2026?" of "wat moet Sint Joseph doen aan verduurzaming?"',
    '• Vervolgvraag in dezelfde draad: "en in Almere?" of "en Beter Wonen?"',
    '• `afspraak 3 Almelo` toont één afspraak volledig.',
    '• `voortgang` start of hervat je kwartaalrapportage (als je rapporteur bent).',
    '• `overleggen` toont de geplande overleggen; coördinatoren kunnen `nieuw overleg: <naam> op <datum>` en `digest` gebruiken.',
    '• 👍/👎 onder een antwoord, met `feedback: <reden>` erachteraan, helpt mij beter te worden.',
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
    `Ik ken geen gemeente "${name}".${known.length ? ` Ik ken: ${known.join(', ')}.` : ''}`,
  feedbackThanks: 'Bedankt voor je feedback!',
  feedbackAskReason: 'Bedankt. Wat kon er beter? Typ `feedback: <je reden>`.',
  feedbackReasonSaved: 'Dank je, je toelichting is bewaard bij het antwoord.',
  feedbackNothing: 'Ik heb nog geen antwoord van je om feedback op te geven.',
  unknownAction: 'Deze knop ken ik niet (meer). Typ `hulp` om te zien wat ik kan.',
  answerGone: 'Dat antwoord kan ik niet meer vinden; stel je vraag gerust opnieuw.',
  emptyMessage: 'Ik zag geen vraag. Typ `hulp` om te zien wat ik kan.',
  internalError: 'Er ging iets mis bij het beantwoorden. Probeer het zo nog eens; het is gelogd.',
  feedbackUp: '👍 Nuttig',
  feedbackDown: '👎 Niet nuttig',
};
