/** User-facing Slack texts, in one place (Dutch). Values that came from users are escaped here. */
import { escapeSlack, slackUserMention } from '../../core/escape-slack.js';

export const slackTexts = {
  working: '⏳ Even zoeken…',
  workingFor: (question: string) => `⏳ Even zoeken naar: _${escapeSlack(question.length > 200 ? `${question.slice(0, 200)}…` : question)}_`,
  assistantStatus: 'zoekt…',
  apology: 'Sorry, er ging iets mis bij het beantwoorden van je vraag. Probeer het zo nog eens; het is gelogd.',
  shareButton: 'Deel in kanaal',
  sharedBy: (userId: string) => `${slackUserMention(userId) ?? 'Iemand'} deelde een antwoord van Afsprakenbot:`,
  shared: '✅ Gedeeld in het kanaal.',
  shareFailed: (reason: string) => `Delen lukte niet: ${escapeSlack(reason)}. Nodig mij eerst uit in het kanaal (/invite @Afsprakenbot).`,
  emptyCommand: 'Typ je vraag achter het commando, bijvoorbeeld `/afspraken wat spraken we af over verkoop in 2026?`',
  continued: (part: number, total: number) => `(deel ${part} van ${total})`,
  sourcesLabel: 'Bronnen',
  fileInfoFailed: (reason: string) => `Slack gaf de gegevens van het bestand niet (${reason}); heeft de app het recht files:read?`,
  fileNotFound: 'Slack gaf geen downloadadres voor het bestand',
  fileTooLarge: (name: string, limit: string) => `${name} is groter dan de limiet van ${limit}`,
  fileHostRefused: (host: string) => `het downloadadres (${host}) is geen adres van Slack`,
  fileDownloadFailed: (reason: string) => `downloaden bij Slack mislukte (${reason})`,
  fileNoAccess: 'Slack gaf geen toegang tot het bestand (heeft de app het recht files:read?)',
  greeting:
    'Hoi! Ik ben Afsprakenbot. Stel me een vraag over de prestatieafspraken van gemeenten, corporaties en huurdersorganisaties. ' +
    'Ik noem altijd de afspraak waarop mijn antwoord steunt.',
  promptsTitle: 'Probeer bijvoorbeeld:',
  suggestedPrompts: [
    { title: 'Verkoop van huurwoningen', message: 'Wat spraken we af over verkoop van huurwoningen in 2026?' },
    { title: 'Verduurzaming', message: 'Wat moet de corporatie doen aan verduurzaming?' },
    { title: 'Wat kun je?', message: 'hulp' },
  ],
} as const;
