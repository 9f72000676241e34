/** Dutch messages and warnings of the extractor. */

export const ingestTexts = {
  noMunicipality: 'geen gemeente gevonden in het document; geef die op met --municipality "Naam" (en eventueel --title "Titel")',
  noAgreements: 'geen afspraken gevonden (geen genummerde afspraken, "Afspraak:"-blokken, opsommingen of secties met tekst)',
  unnumbered: (count: number, layout: string) =>
    `het document nummert zijn afspraken niet (${layout}); ze zijn op volgorde genummerd 1 t/m ${count}`,
  noTitle: (title: string) => `geen titel gevonden; de titel is "${title}" (geef een andere op met --title)`,
  layoutNames: {
    bullets: 'opsomming',
    'afspraak-blocks': '"Afspraak:"-blokken',
    prose: 'secties met tekst',
    'unnumbered-table': 'tabel zonder nummers',
  } as Record<string, string>,
  modelProposed: (count: number, dropped: number) =>
    `de afspraken zijn voorgesteld door het taalmodel (${count} gevonden${dropped ? `, ${dropped} weggelaten omdat nummer, titel of partij niet in de tekst staat` : ''}); controleer ze`,
  modelTruncated: (chars: number) => `het taalmodel kreeg alleen de eerste ${chars} tekens van het document`,
  numberRestarts: (example: string) =>
    `de nummering begint per hoofdstuk of thema opnieuw; afspraken zijn genummerd als hoofdstuk.nummer (bijvoorbeeld ${example})`,
  numberRepeats: (original: string, n: number, renamed: string) => `afspraak ${original} komt meer dan eens voor; de ${n}e heet nu ${renamed}`,
  numberMissing: (number: string) => `afspraak ${number} ontbreekt in de nummering`,
  noResponsible: (number: string) => `afspraak ${number} heeft geen verantwoordelijke partij`,
};
