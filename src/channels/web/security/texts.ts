/** Dutch answers of the server-wide HTTP checks. */
export const securityTexts = {
  unknownHost: (host: string) =>
    `Deze server antwoordt niet op het adres "${host}". Zet de naam in ALLOWED_HOSTS (of PUBLIC_URL) als dit adres klopt.`,
  jsonOnly: 'Dit verzoek moet JSON zijn (Content-Type: application/json).',
  crossSite: 'Geweigerd: dit verzoek komt niet van de console zelf (een andere website of een onbekende herkomst).',
};
