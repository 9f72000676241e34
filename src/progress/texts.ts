/** User-facing text of progress rounds, reminders and the directory (Dutch, in one place). */
export const progressTexts = {
  prompt: (quarter: string, party: string, count: number, deadline: string, unreviewed = 0) =>
    `Voortgang ${quarter} voor ${party}: ${count} afspraken. Zullen we beginnen?\nInvullen en wijzigen kan tot en met ${deadline}.` +
    (unreviewed > 0
      ? `\nLet op: ${unreviewed === count ? (count === 1 ? 'deze afspraak komt' : 'deze afspraken komen') : `${unreviewed} van deze afspraken komen`} uit een document dat nog niet gecontroleerd is; nummer en titel kunnen nog veranderen.`
      : ''),
  promptButtons: { start: 'Beginnen', later: 'Later', overview: 'Overzicht' },
  formIntro: (quarter: string, party: string, open: number, total: number, onBehalf: boolean, first: number | null) =>
    `Voortgang ${quarter} voor ${party}${onBehalf ? ' (jij vult in namens deze partij)' : ''}: ${open} van ${total} afspraken staan open. ` +
    (first !== null && first < total
      ? `Eerst de ${first} die vorig kwartaal niet op schema stonden of een getalsdoel hebben; daarna kun je de rest in één keer als ongewijzigd bevestigen. `
      : 'We gaan ze één voor één langs; je eerdere antwoorden staan erbij. ') +
    'Typ "hulp" voor de commando\'s.',
  postponed: (day: string) => `Goed, ik herinner je ${day}. Wil je eerder beginnen, typ dan "voortgang".`,
  snoozed: (day: string) => `Goed, ik herinner je op ${day}.`,
  noOpenRound: 'Er loopt nu geen voortgangsronde waarvoor jij kunt rapporteren.',
  notInDirectory: 'Je staat (nog) niet in de lijst van rapporteurs, dus ik kan je formulier niet openen. Vraag je coördinator je toe te voegen.',
  notAllowed: (party: string) =>
    `Je mag niet rapporteren voor ${party}: dat kunnen alleen de rapporteurs van ${party} en de coördinator van de gemeente. Er is niets gewijzigd.`,
  deadlinePassed: (quarter: string, deadline: string) => `De rapportage over ${quarter} is gesloten (deadline ${deadline}); wijzigen kan niet meer.`,
  chooseParty: (quarter: string) => `Voor welke partij wil je de voortgang over ${quarter} invullen?`,
  otherPersonsButton: 'Deze knop hoort bij het formulier van iemand anders; er is niets gewijzigd.',
  reminder: (quarter: string, party: string, open: number, deadline: string) =>
    `Herinnering: voor ${party} staan nog ${open} afspraken open in de voortgang over ${quarter}. Invullen kan tot en met ${deadline}.`,
  startRoundNotAllowed: (municipality?: string) =>
    municipality ? `Je bent geen coördinator van ${municipality}; alleen coördinatoren starten een uitvraag.` : 'Alleen coördinatoren van een gemeente kunnen een uitvraag starten.',
  startRoundWhich: (municipalities: string[]) => `Voor welke gemeente? Typ bijvoorbeeld "start uitvraag voor ${municipalities[0]}" (je coördineert ${municipalities.join(', ')}).`,
  roundStarted: (quarter: string, municipality: string) => `Uitvraag ${quarter} ${municipality} gestart`,
  roundAlreadyStarted: (quarter: string, municipality: string, day: string, sent: number) =>
    `Uitvraag ${quarter} ${municipality} al gestart op ${day}; ${sent} ${sent === 1 ? 'nieuw bericht' : 'nieuwe berichten'}`,
  roundStartedText: (count: number, items: number, already: number) =>
    `${count === 1 ? '1 rapporteur kreeg' : `${count} rapporteurs kregen`} nu een bericht` +
    (already ? `; ${already === 1 ? '1 rapporteur had' : `${already} rapporteurs hadden`} de uitvraag al en ${already === 1 ? 'krijgt' : 'krijgen'} geen tweede` : '') +
    `. Samen ${items} afspraken × partij.`,
  roundUnreviewed: (title: string, agreements: number) => `Nog niet gecontroleerd: ${title} (${agreements === 1 ? '1 afspraak' : `${agreements} afspraken`})`,
  unreachableTitle: (quarter: string, municipality: string) => `Voortgang ${quarter} ${municipality}: deze rapporteurs kon ik niet (volledig) bereiken`,
  unreachableLine: (party: string, name: string | null, reason: string) => `${party}: ${name ?? 'geen rapporteur'} — ${reason}`,
  escalationTitle: (quarter: string, municipality: string) => `Voortgang ${quarter} ${municipality}: nog niet ingevuld`,
  escalation: (count: number, reminders: number) =>
    `${count === 1 ? 'Eén partij heeft' : `${count} partijen hebben`} na ${reminders} herinneringen nog afspraken open. Wil je contact opnemen of namens hen invullen?`,
  escalationLine: (party: string, open: string[], people: string[]) => `${party}: ${open.length} open (${open.join(', ')}) — ${people.join(', ')}`,
  fillOnBehalf: (party: string) => `Invullen namens ${party}`,
  statusTitle: (quarter: string, municipality: string) => `Voortgang ${quarter} ${municipality}`,
  statusLine: (party: string, done: number, total: number) => `${party}: ${done} van ${total} ingevuld`,
  // Directory
  directoryNotAllowed: 'Alleen een coördinator of beheerder kan mensen aan een partij toevoegen. Er is niets gewijzigd.',
  unknownPerson: (who: string) =>
    `Ik ken ${who} niet in de lijst van mensen. Laat de beheerder deze persoon eerst toevoegen (directory import). Er is niets gewijzigd.`,
  unknownPartyChat: (party: string, known: string[]) =>
    `Ik ken geen partij "${party}" in jouw gemeente.${known.length ? ` Bekende partijen: ${known.join(', ')}.` : ''} Er is niets gewijzigd.`,
  otherMunicipality: (party: string, municipality: string) => `${party} hoort bij ${municipality}; daar ben je geen coördinator van. Er is niets gewijzigd.`,
  reporterAdded: (name: string, party: string) => `${name} is nu rapporteur voor ${party}.`,
  reporterAlready: (name: string, party: string) => `${name} was al rapporteur voor ${party}; er is niets gewijzigd.`,
  reporterRemoved: (name: string, party: string) => `${name} is geen rapporteur meer voor ${party}.`,
  reporterNotThere: (name: string, party: string) => `${name} was geen rapporteur voor ${party}; er is niets gewijzigd.`,
};
