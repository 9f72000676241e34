/**
 * Slack: text from documents, users or a model made inert for mrkdwn and message fallbacks. Slack reads
 * `<…>` as its control sequences (`<!channel>`, `<@U…>`, `<#C…>`, `<url|tekst>`); with &, < and > as
 * entities they show as typed. Only our renderers add live mentions and links, after escaping.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Slack user id we may mention (`<@U…>`), or null when it is not one. */
export function slackUserMention(userId: string): string | null {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : null;
}
