/** User-facing text of the progress form, in one place (Dutch). */
export const formTexts = {
  statusQuestion: 'Hoe staat het ervoor?',
  unreviewedMark: ' · nog niet gecontroleerd',
  statusHint: 'Kies een knop of typ bijvoorbeeld "op schema", "loopt achter" of "klaar".',
  statusNotUnderstood: (input: string) =>
    `'${input}' begrijp ik niet als status. Kies Op schema, Risico, Vertraagd, Gereed, Niet gestart of Niet van toepassing (of typ 1–6).`,
  noteQuestionRequired: (label: string) => `Status: ${label}. Wat is de toelichting? (verplicht bij ${label}: wat is de oorzaak en wat is de verwachting?)`,
  noteQuestionOptional: (label: string) => `Status: ${label}. Wil je een toelichting geven? Typ die, of kies "Geen toelichting".`,
  noteRequired: (label: string) => `Bij ${label} is een toelichting verplicht: wat is de oorzaak en wat is de verwachting?`,
  noteTooShort: (input: string) => `'${input}' is wel erg kort als toelichting. Schrijf een zin over de stand van zaken.`,
  noteTooLong: (length: number) => `Je toelichting is ${length} tekens; het maximum is 2000. Kun je hem inkorten?`,
  noNoteLabel: 'Geen toelichting',
  realisedQuestion: (value: string, unit: string, participle: string) => `Hoeveel van de ${value} ${unit} zijn ${participle}?`,
  realisedQuestionGeneric: (value: string, unit: string, verb: string) => `Hoeveel van de ${value} ${unit} (${verb}) is tot nu toe gerealiseerd?`,
  realisedHint: 'Typ een aantal, bijvoorbeeld 15, of kies "Weet ik niet".',
  unknownLabel: 'Weet ik niet',
  notANumber: (input: string) => `'${input}' is geen getal — typ bijvoorbeeld 15`,
  negative: (input: string) => `'${input}' kan niet: een aantal is 0 of meer — typ bijvoorbeeld 0 of 15`,
  aboveTarget: (input: string, value: string, unit: string) =>
    `'${input}' is meer dan de ${value} ${unit} uit de afspraak — typ een aantal van 0 tot en met ${value}`,
  saved: (number: string, label: string, realised: string | null) =>
    `Opgeslagen: afspraak ${number} — ${label}${realised !== null ? `, gerealiseerd ${realised}` : ''}.`,
  skipped: (number: string) => `Afspraak ${number} overgeslagen; die blijft open.`,
  backAtStart: 'We zijn bij de eerste vraag; verder terug kan niet.',
  paused: (deadline: string) => `Prima, je antwoorden zijn bewaard. Typ "voortgang" om verder te gaan (wijzigen kan tot ${deadline}). Ik stuur je later een herinnering.`,
  stopped: (deadline: string) => `Gestopt. Wat je hebt ingevuld is bewaard; typ "voortgang" om verder te gaan (kan tot ${deadline}).`,
  unknownNumber: (input: string, numbers: string[]) =>
    `Afspraak ${input} staat niet op jouw lijst van dit kwartaal. Je kunt kiezen uit: ${numbers.join(', ')}.`,
  changeIntro: (number: string, current: string | null) => `Je wijzigt afspraak ${number}${current ? ` (nu: ${current})` : ''}.`,
  allDone: (count: number, deadline: string) =>
    `Dank je wel! Alle ${count} afspraken zijn ingevuld. Je kunt tot ${deadline} nog wijzigen met "wijzig <nummer>".`,
  finishedWithOpen: (done: number, open: string[], deadline: string) =>
    `Dank je wel! ${done} afspraken ingevuld; nog open: ${open.join(', ')}. Typ "wijzig <nummer>" om die alsnog in te vullen (kan tot ${deadline}).`,
  overviewTitle: (party: string, quarter: string) => `Overzicht ${quarter} — ${party}`,
  overviewCounts: (done: number, open: number) => `${done} ingevuld, ${open} open.`,
  staleButton: (number: string) => `Die knop hoort bij een eerdere vraag (afspraak ${number}); ik gebruik hem niet nog eens. Dit is de huidige vraag:`,
  formHelp:
    'Tijdens het formulier kun je typen: "overslaan", "terug", "wijzig 5", "overzicht", "later", "stop", "klaar" (afronden) of "herinner me maandag".',
  nothingOpen: 'Er staat niets meer open.',
  buttons: { skip: 'Overslaan', later: 'Later', back: 'Terug', overview: 'Overzicht', finish: 'Afronden' },
};
