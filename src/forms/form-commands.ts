/**
 * The words the progress form understands besides answers. Each means the same at every step, and
 * `formTexts.formHelp` lists exactly these.
 */
import { AGREEMENT_NUMBER_SOURCE, parseAgreementNumber } from '../core/agreement.js';

export type FormCommand =
  | { name: 'overslaan' | 'terug' | 'later' | 'stop' | 'overzicht' | 'klaar' | 'hulp' }
  | { name: 'wijzig'; number: string }
  | { name: 'alles-op-schema'; except: string[]; unknown: string[] };

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[!]+$/, '').replace(/\.$/, '');

const WIJZIG = /^(?:wijzig|wijzigen|aanpassen|verander|veranderen)\s+(?:afspraak\s+|nr\.?\s*|nummer\s+)?(\S+)$/;
/** "alles op schema", "de rest op schema", "alle andere staan op schema behalve 3, 7 en 2.1". */
const ALL_ON_SCHEDULE = /^(?:alles|alle afspraken|alle andere|alle overige|de rest|rest)\s+(?:is\s+|staat\s+|staan\s+|loopt\s+|lopen\s+)?op schema(?:\s*,?\s*(?:behalve|except|maar niet|m\.u\.v\.?|muv)\s+(.+))?$/;
const NUMBER_LIST = new RegExp(String.raw`^(?:${AGREEMENT_NUMBER_SOURCE})$`, 'i');

/** "3, 7 en 2.1" → the numbers as stored, and the pieces that are not numbers. */
function numberList(text: string): { numbers: string[]; unknown: string[] } {
  const pieces = text
    .split(/\s*(?:,|;|\ben\b|&|\+)\s*|\s+(?=\d)/)
    .map((p) => p.replace(/^(?:afspraak|afspraken|nr\.?|nummer)\s*/i, '').trim())
    .filter(Boolean);
  const numbers: string[] = [];
  const unknown: string[] = [];
  for (const p of pieces) {
    const n = NUMBER_LIST.test(p) ? parseAgreementNumber(p) : null;
    if (n) numbers.push(n);
    else unknown.push(p);
  }
  return { numbers, unknown };
}

/** The command a typed text is, or null for an answer. */
export function parseFormCommand(text: string): FormCommand | null {
  const x = normalise(text);
  if (['overslaan', 'sla over', 'skip', 'volgende'].includes(x)) return { name: 'overslaan' };
  if (['terug', 'vorige', 'ga terug'].includes(x)) return { name: 'terug' };
  if (['later', 'straks', 'pauze'].includes(x)) return { name: 'later' };
  if (['stop', 'stoppen', 'annuleer', 'annuleren'].includes(x)) return { name: 'stop' };
  if (['overzicht', 'status', 'lijst'].includes(x)) return { name: 'overzicht' };
  if (['klaar', 'afronden', 'einde', 'klaar met formulier', 'ik ben klaar', 'formulier afronden'].includes(x)) return { name: 'klaar' };
  if (['hulp', 'help', '?'].includes(x)) return { name: 'hulp' };
  const w = WIJZIG.exec(x);
  if (w) return { name: 'wijzig', number: w[1]! };
  const all = ALL_ON_SCHEDULE.exec(x);
  if (all) {
    const { numbers, unknown } = all[1] ? numberList(all[1]) : { numbers: [], unknown: [] };
    return { name: 'alles-op-schema', except: numbers, unknown };
  }
  return null;
}

/** "wijzig 2.1" typed outside a running form: the number as typed, or null when it is not that command. */
export function changeRequest(text: string): string | null {
  const w = WIJZIG.exec(normalise(text));
  return w ? w[1]! : null;
}
