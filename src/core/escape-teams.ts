/**
 * Microsoft Teams: text from documents, users or a model made inert for messages and Adaptive Card
 * TextBlocks, which render Markdown links (`[klik](https://…)`, `![](…)`, `[t][ref]` with `[ref]: …`)
 * and, in messages, HTML such as `<a href>` and `<at>`. A zero-width space after `]` and after a `<` that
 * starts a tag breaks that syntax in every renderer without changing what a reader sees; emphasis
 * (`*`, `**`, `_`) and lists stay.
 */
const ZWSP = '\u200B';

export function escapeTeams(text: string): string {
  return text.replace(/\](?=[([:])/g, `]${ZWSP}`).replace(/<(?=[A-Za-z/!?])/g, `<${ZWSP}`);
}
