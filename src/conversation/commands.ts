/** Parses the engine's own commands; anything else is a question or belongs to a handler. */
import { AGREEMENT_NUMBER_SOURCE, parseAgreementNumber } from '../core/agreement.js';

export type Command =
  | { name: 'help' }
  | { name: 'about' }
  | { name: 'agreement'; number?: string; municipality?: string }
  | { name: 'feedback'; reason: string };

const NUMBER_FIRST = new RegExp(String.raw`^(${AGREEMENT_NUMBER_SOURCE})\.?\s+(?:van\s+|uit\s+|in\s+)?(.+)$`, 'i');
const NUMBER_LAST = new RegExp(String.raw`^(.+?)\s+(?:nr\.?\s*|nummer\s+)?(${AGREEMENT_NUMBER_SOURCE})\.?$`, 'i');

export function parseCommand(text: string): Command | null {
  const t = text.trim();
  const lower = t.toLowerCase().replace(/[!?.]+$/, '');
  if (['help', 'hulp', 'menu', '?', 'commando', 'commando\'s', 'wat kun je'].includes(lower)) return { name: 'help' };
  if (['over', 'about', 'info'].includes(lower)) return { name: 'about' };
  const feedback = /^feedback\s*:?\s*(.+)$/is.exec(t);
  if (feedback) return { name: 'feedback', reason: feedback[1]!.trim() };
  const agreement = /^afspraak\b\s*(.*)$/i.exec(t);
  if (agreement) {
    const rest = agreement[1]!.trim();
    if (!rest) return { name: 'agreement' };
    const numFirst = NUMBER_FIRST.exec(rest);
    const numLast = NUMBER_LAST.exec(rest);
    const first = numFirst && parseAgreementNumber(numFirst[1]!);
    const last = numLast && parseAgreementNumber(numLast[2]!);
    if (first) return { name: 'agreement', number: first, municipality: numFirst[2]!.trim() };
    if (last) return { name: 'agreement', number: last, municipality: numLast[1]!.trim() };
    // "afspraak over verkoop" is a question, not a command.
    const only = parseAgreementNumber(rest);
    if (only && /\d/.test(rest)) return { name: 'agreement', number: only };
    return null;
  }
  return null;
}
