/** Dutch text of the CLI that is not a single command's message: names of scheduled jobs and run states. */
export const cliTexts = {
  jobs: {
    quarterlyPrompts: 'kwartaaluitvraag',
    reminders: 'herinneringen',
    weeklyDigests: 'weekdigest',
    meetingDigests: 'digest vóór overleg',
  } as Record<string, string>,
  runStatus: { running: 'bezig', done: 'gelukt', failed: 'mislukt' } as Record<string, string>,
  badTime: (text: string) => `--time "${text}" is geen tijd — typ bijvoorbeeld 10:00 of 14:30.`,
  meetingPlanned: (created: boolean, title: string, municipality: string, when: string) =>
    `${created ? 'Overleg gepland' : 'Overleg stond al gepland'}: ${title} (${municipality}) op ${when}`,
  meetingRemoved: (title: string, municipality: string, when: string) => `Overleg verwijderd: ${title} (${municipality}) op ${when}`,
};
