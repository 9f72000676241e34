import { statusLabel as coreStatusLabel } from '../core/labels.js';

/**
 * The statuses a reporter can give an agreement, with the words people type for them. "klaar" is not one:
 * in the form it always means "finish the form".
 */
export const STATUSES = [
  { code: 'op-schema', label: 'Op schema', words: ['op schema', 'loopt', 'loopt goed', 'goed', 'op koers', 'volgens planning', 'volgens plan', 'on track', 'ok', 'oke', 'oké', 'prima'] },
  { code: 'risico', label: 'Risico', words: ['risico', 'risico\'s', 'at risk', 'loopt risico', 'zorgen', 'onzeker', 'kritiek'] },
  { code: 'vertraagd', label: 'Vertraagd', words: ['vertraagd', 'vertraging', 'loopt achter', 'achter', 'achterstand', 'te laat', 'delayed', 'uitgesteld'] },
  { code: 'gereed', label: 'Gereed', words: ['gereed', 'afgerond', 'voltooid', 'gerealiseerd', 'gedaan', 'done', 'af', 'opgeleverd'] },
  { code: 'niet-gestart', label: 'Niet gestart', words: ['niet gestart', 'nog niet gestart', 'niet begonnen', 'nog niet begonnen', 'nog niet', 'not started'] },
  { code: 'nvt', label: 'Niet van toepassing', words: ['niet van toepassing', 'nvt', 'n.v.t.', 'n.v.t', 'not applicable', 'geldt niet'] },
] as const;

export type StatusCode = (typeof STATUSES)[number]['code'];
export const STATUS_CODES = STATUSES.map((s) => s.code) as [StatusCode, ...StatusCode[]];

/** The Dutch label of a status code (the one mapping in core). */
export const statusLabel = (code: StatusCode | string): string => coreStatusLabel(code);

/** Statuses that need a toelichting. */
export const NOTE_REQUIRED: readonly StatusCode[] = ['risico', 'vertraagd'];

const normalise = (t: string) => t.toLowerCase().normalize('NFC').replace(/[!.?]+$/, '').replace(/\s+/g, ' ').trim();

/** The status a typed answer means: a code, a label, a synonym or the option number (1–6); null otherwise. */
export function parseStatus(text: string): StatusCode | null {
  const t = normalise(text);
  if (/^[1-6]$/.test(t)) return STATUSES[Number(t) - 1]!.code;
  for (const s of STATUSES) if (s.code === t || normalise(s.label) === t || (s.words as readonly string[]).includes(t)) return s.code;
  // "het loopt achter", "het is afgerond": a known phrase inside a short sentence; the longest phrase wins.
  let best: { code: StatusCode; len: number } | null = null;
  if (t.split(' ').length <= 6) {
    for (const s of STATUSES)
      for (const w of [s.label.toLowerCase(), ...s.words])
        if (w.length >= 4 && new RegExp(`(^|\\s)${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`).test(t) && (!best || w.length > best.len)) best = { code: s.code, len: w.length };
  }
  // "niet op schema" must not read as "op schema": a negation outside the matched phrase means we ask again.
  if (best && /(^|\s)(niet|geen)(\s|$)/.test(t) && !STATUSES.find((s) => s.code === best!.code)!.label.toLowerCase().includes('niet')) return null;
  return best?.code ?? null;
}
