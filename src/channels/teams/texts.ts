/** User-facing text of the Teams channel, in one place (Dutch). */
export const teamsTexts = {
  sources: 'Bronnen',
  sourceDocument: 'brondocument',
  agreement: (municipality: string, number: string) => `${municipality}, afspraak ${number}`,
  submit: 'Versturen',
  received: 'Ontvangen.',
  working: 'Ik ben ermee bezig; het antwoord volgt zo.',
  unknownButton: 'Deze knop kan ik niet verwerken. Typ `hulp` om te zien wat ik kan.',
  inputRequired: (label: string) => `${label} is verplicht.`,
  failed: 'Er ging iets mis bij het verwerken. Probeer het zo nog eens; het is gelogd.',
  fileRefused: 'het downloadadres is geen adres van Teams, SharePoint of OneDrive',
  fileTooLarge: (name: string, limit: string) => `${name} is groter dan de limiet van ${limit}`,
  fileDownloadFailed: (reason: string) => `downloaden bij Teams mislukte (${reason})`,
};
