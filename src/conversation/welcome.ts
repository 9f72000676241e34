/** The welcome when the bot is installed or added: what it does and how to start, for a chat or a group. */
import type { Reply } from '../core/messages.js';
import { texts } from './texts.js';

export function welcomeReplies(direct: boolean): Reply[] {
  return [{ kind: 'welcome', title: texts.welcomeTitle, text: direct ? texts.welcomePersonal : texts.welcomeGroup }];
}
