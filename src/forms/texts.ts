/** User-facing text of the progress form, in one place (Dutch). Input that is echoed back is cut by the caller. */

/** A full stop, unless the text already ends in one or in a quoted note. */
const endSentence = (text: string) => (/[.!?"”]$/.test(text) ? text : `${text}.`);

export const formTexts = {
  statusQuestion: 'Hoe staat het ervoor?',
  unreviewedMark: ' · nog niet gecontroleerd',
  statusHint: 'Kies een knop of typ bijvoorbeeld "op schema", "loopt achter" of "gereed".',
  statusNotUnderstood: (input: string) =>
    `'${input}' begrijp ik niet als status. Kies Op schema, Risico, Vertraagd, Gereed, Niet gestart of Niet van toepassing (of typ 1–6); "hulp" toont de commando's.`,
  noteQuestionRequired: (label: string) => `Status: ${label}. Wat is de toelichting? (verplicht bij ${label}: wat is de oorzaak en wat is de verwachting?)`,
  noteQuestionOptional: (label: string) => `Status: ${label}. Wil je een toelichting geven? Typ die, of kies "Geen toelichting".`,
  earlierNote: (note: string) => `Eerdere toelichting: "${note}". Kies "Zo laten" om die te houden, of typ een nieuwe.`,
  noteRequired: (label: string) => `Bij ${label} is een toelichting verplicht: wat is de oorzaak en wat is de verwachting?`,
  noteTooShort: (input: string) => `'${input}' is wel erg kort als toelichting. Schrijf een zin over de stand van zaken.`,
  noteTooLong: (length: number) => `Je toelichting is ${length} tekens; het maximum is 2000. Kun je hem inkorten?`,
  noNoteLabel: 'Geen toelichting',
  keepLabel: 'Zo laten',
  keepValueLabel: (value: string) => `Zo laten (${value})`,
  unchangedLabel: (label: string) => `Ongewijzigd (${label})`,
  realisedQuestion: (value: string, unit: string, participle: string) => `Hoeveel van de ${value} ${unit} zijn ${participle}?`,
  realisedQuestionGeneric: (value: string, unit: string, verb: string) => `Hoeveel van de ${value} ${unit} (${verb}) is tot nu toe gerealiseerd?`,
  realisedHint: 'Typ een aantal, bijvoorbeeld 15, of kies "Weet ik niet".',
  earlierRealised: (value: string) => `Eerder ingevuld: ${value}.`,
  unknownLabel: 'Weet ik niet',
  notANumber: (input: string) => `'${input}' is geen getal — typ bijvoorbeeld 15`,
  negative: (input: string) => `'${input}' kan niet: een aantal is 0 of meer — typ bijvoorbeeld 0 of 15`,
  aboveTarget: (input: string, value: string, unit: string) =>
    `${input} is meer dan de ${value} ${unit} uit de afspraak. Klopt dat? Kies "Ja, ${input} klopt" of typ een ander aantal.`,
  confirmAbove: (input: string) => `Ja, ${input} klopt`,
  otherNumber: 'Ander aantal',
  saved: (number: string, label: string, realised: string | null, unchanged = false) =>
    `Opgeslagen: afspraak ${number} — ${label}${realised !== null ? `, gerealiseerd ${realised}` : ''}${unchanged ? ' (ongewijzigd)' : ''}.`,
  kept: (number: string) => `Afspraak ${number} blijft zoals hij was.`,
  noEarlierAnswer: (number: string) => `Voor afspraak ${number} is er nog geen eerder antwoord om over te nemen; kies een status.`,
  skipped: (number: string) => `Afspraak ${number} overgeslagen; die blijft open.`,
  backAtStart: 'We zijn bij de eerste vraag; verder terug kan niet.',
  paused: (deadline: string) => `Prima, je antwoorden zijn bewaard. Typ "voortgang" om verder te gaan (wijzigen kan tot ${deadline}). Ik stuur je later een herinnering.`,
  stopped: (deadline: string) => `Gestopt. Wat je hebt ingevuld is bewaard; typ "voortgang" om verder te gaan (kan tot ${deadline}).`,
  unknownNumber: (input: string, numbers: string[]) =>
    `Afspraak ${input} staat niet op jouw lijst van dit kwartaal. Je kunt kiezen uit: ${numbers.join(', ')}.`,
  changeIntro: (number: string, current: string | null) => `Je wijzigt afspraak ${number}${current ? ` (nu: ${current})` : ''}.`,
  nowAnswered: (answer: string) => endSentence(`Nu ingevuld: ${answer}`),
  justChosen: (label: string) => `Je koos net: ${label}.`,
  previousAnswer: (quarter: string, answer: string) => endSentence(`Vorig kwartaal (${quarter}): ${answer}`),
  allDone: (count: number, deadline: string) =>
    `Dank je wel! Alle ${count} afspraken zijn ingevuld. Je kunt tot ${deadline} nog wijzigen: typ "wijzig" met het nummer, bijvoorbeeld "wijzig 3".`,
  finishedWithOpen: (done: number, open: string[], deadline: string) =>
    `Dank je wel! ${done} afspraken ingevuld; nog open: ${open.join(', ')}. Typ "wijzig ${open[0] ?? 3}" (of een ander nummer) om die alsnog in te vullen; dat kan tot ${deadline}.`,
  finishNeedsNote: (number: string, label: string) =>
    `Je koos ${label} voor afspraak ${number}; daarbij is een toelichting verplicht. Typ de toelichting (daarna kun je "klaar" typen), of "overslaan" om afspraak ${number} open te laten.`,
  overviewTitle: (party: string, quarter: string) => `Overzicht ${quarter} — ${party}`,
  overviewCounts: (done: number, open: number) => `${done} ingevuld, ${open} open.`,
  progressLine: (bar: string, done: number, total: number) => `${bar} ${done} van ${total} ingevuld`,
  staleButton: (number: string) => `Die knop hoort bij een eerdere vraag (afspraak ${number}); ik gebruik hem niet nog eens. Dit is de huidige vraag:`,
  bulkTitle: (count: number) => `De rest: ${count} ${count === 1 ? 'afspraak' : 'afspraken'}`,
  bulkQuestion: (quarter: string) =>
    `Deze afspraken stonden vorig kwartaal (${quarter}) op schema en hebben geen getalsdoel. Is de rest ongewijzigd ten opzichte van vorig kwartaal?`,
  bulkHint: 'Kies "De rest is ongewijzigd" (dan neem ik status en toelichting van vorig kwartaal over), of "Eén voor één".',
  bulkConfirm: 'De rest is ongewijzigd',
  bulkDecline: 'Eén voor één',
  bulkSaved: (numbers: string[]) => `Opgeslagen als ongewijzigd: ${numbers.join(', ')}.`,
  bulkNotUnderstood: (input: string) => `'${input}' begrijp ik hier niet. Kies "De rest is ongewijzigd" of "Eén voor één" (of typ "ja" of "nee").`,
  allOnSchedule: (numbers: string[]) => `Op schema gezet: ${numbers.join(', ')}.`,
  allOnScheduleNumbers: (numbers: string[]) => `Bij ${numbers.join(', ')} vraag ik nog het gerealiseerde aantal.`,
  allOnScheduleNothing: 'Er stond geen andere afspraak meer open; er is niets gewijzigd.',
  allOnScheduleUnknown: (pieces: string[], numbers: string[]) =>
    `${pieces.map((p) => `'${p}'`).join(', ')} herken ik niet als afspraaknummer van jouw lijst (${numbers.join(', ')}). Er is niets gewijzigd.`,
  formHelp: [
    'Tijdens het formulier kun je typen:',
    '• een status: "op schema", "risico", "vertraagd", "gereed", "niet gestart" of "nvt" (of 1–6)',
    '• "ongewijzigd": hetzelfde antwoord als vorig kwartaal (ook als knop)',
    '• "alles op schema behalve 3, 7": alle open afspraken op schema, behalve die nummers',
    '• "overslaan": deze afspraak open laten en naar de volgende',
    '• "terug": naar de vorige vraag; je ziet wat je daar had ingevuld',
    '• "wijzig 5": afspraak 5 (opnieuw) invullen, ook nadat je klaar bent, tot de deadline',
    '• "overzicht": wat is ingevuld en wat staat nog open',
    '• "later" of "stop": pauzeren; alles blijft bewaard en "voortgang" gaat verder',
    '• "klaar": het formulier afronden; een gekozen status wordt eerst bewaard, open afspraken blijven open',
    '• "herinner me maandag": een herinnering op een dag naar keuze',
  ].join('\n'),
  nothingOpen: 'Er staat niets meer open.',
  buttons: { skip: 'Overslaan', later: 'Later', back: 'Terug', overview: 'Overzicht', finish: 'Afronden' },
};
