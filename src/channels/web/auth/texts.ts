/** Dutch text of console sign-in: pages, API refusals, the user picker. */
export const authTexts = {
  signInTitle: 'Aanmelden',
  signInIntro: 'Meld je aan met je account van de organisatie om de console te gebruiken.',
  signInButton: 'Aanmelden',
  signedInAs: 'Aangemeld als',
  signOut: 'Afmelden',
  guestName: 'Gast',
  guestNote: 'Je e-mailadres staat niet in het adresboek: je kunt vragen stellen, maar niet rapporteren of coördineren.',
  closedTitle: 'Aanmelden is niet ingesteld',
  closedIntro:
    'Deze server draait in productie (NODE_ENV=production) en laat niemand in de console zonder aanmelden. ' +
    'Slack en Teams werken gewoon door.',
  closedHow: 'Zet deze instellingen en start de server opnieuw:',
  closedSettings: [
    ['OIDC_ISSUER', 'het adres van de aanmeldprovider, voor Entra ID https://login.microsoftonline.com/<tenant-id>/v2.0'],
    ['OIDC_CLIENT_ID', 'de client-id (application id) van de app-registratie'],
    ['OIDC_CLIENT_SECRET', 'het clientgeheim van die app-registratie'],
    ['OIDC_REDIRECT_URI', 'optioneel; standaard PUBLIC_URL + /auth/callback (registreer dit adres bij de provider)'],
    ['PUBLIC_URL', 'het https-adres van deze server'],
  ] as Array<[string, string]>,
  closedMore: 'De stappen voor Microsoft Entra ID staan in de README onder "Aanmelden (OIDC / Entra ID)".',
  localOnlyTitle: 'Alleen op deze computer',
  localOnlyIntro:
    'Zonder aanmelden is de console alleen te gebruiken vanaf de computer waar de server draait (http://localhost). ' +
    'Stel aanmelden via OpenID Connect in (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET) om de console vanaf andere computers te gebruiken.',
  failedTitle: 'Aanmelden mislukt',
  failed: (reason: string) => `Aanmelden is niet gelukt: ${reason}`,
  failedRetry: 'Opnieuw aanmelden',
  reasons: {
    expired: 'de aanmelding duurde te lang of is al gebruikt. Probeer het opnieuw.',
    provider: 'de aanmeldprovider gaf een fout of is niet bereikbaar. Probeer het zo nog eens; de fout is gelogd.',
    noEmail: 'je account geeft geen e-mailadres door. Vraag de beheerder om de e-mailclaim (scope "email") aan te zetten.',
    denied: (what: string) => `de aanmeldprovider weigerde: ${what}`,
  },
  api: {
    signIn: 'Je bent niet (meer) aangemeld. Vernieuw de pagina en meld je aan.',
    closed: 'De console is gesloten: aanmelden is niet ingesteld op deze server (zet OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET).',
    localOnly: 'Zonder aanmelden werkt de console alleen vanaf deze computer (localhost).',
    pickerOff: 'Een gebruiker kiezen kan alleen lokaal zonder aanmelden; je bent aangemeld via de organisatie.',
    unknownUser: (user: string) => `"${user}" staat niet in het adresboek.`,
  },
};
