/** Parses the engine's own commands; anything else is a question or belongs to a handler. */
export type Command =
  | { name: 'help' }
  | { name: 'about' }
  | { name: 'agreement'; number?: number; municipality?: string }
  | { name: 'feedback'; reason: string };

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
    const numFirst = /^(\d+)\s+(?:van\s+|uit\s+)?(.+)$/i.exec(rest);
    const numLast = /^(.+?)\s+(?:nr\.?\s*|nummer\s+)?(\d+)$/i.exec(rest);
    if (numFirst) return { name: 'agreement', number: Number(numFirst[1]), municipality: numFirst[2]!.trim() };
    if (numLast) return { name: 'agreement', number: Number(numLast[2]), municipality: numLast[1]!.trim() };
    // "afspraak over verkoop" is a question, not a command.
    if (/^\d+$/.test(rest)) return { name: 'agreement', number: Number(rest) };
    return null;
  }
  return null;
}
