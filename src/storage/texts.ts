/** User-facing text of storage refusals, in one place (Dutch). */
export const storageTexts = {
  agreementGone: 'Deze afspraak bestaat niet meer: er is intussen een nieuwe versie van het document ingelezen. Vernieuw de pagina en probeer het opnieuw. Er is niets gewijzigd.',
  numberTaken: (number: string, title: string) => `Nummer ${number} is in dit document al van afspraak "${title}". Kies een ander nummer; er is niets gewijzigd.`,
};
