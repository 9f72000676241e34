import { z } from 'zod';
import { quoteInput } from '../core/reply-text.js';
import { NOTE_REQUIRED, parseStatus, statusLabel, type StatusCode } from './statuses.js';
import { formTexts } from './texts.js';

/**
 * One zod schema per question: the raw answer in, the validated value out, a Dutch message that echoes the
 * input (at most 100 characters) on failure.
 */

export const statusSchema = z.string().transform((raw, ctx): StatusCode => {
  const status = parseStatus(raw);
  if (!status) {
    ctx.addIssue({ code: 'custom', message: formTexts.statusNotUnderstood(quoteInput(raw)) });
    return z.NEVER;
  }
  return status;
});

const NO_NOTE = ['', 'geen', 'nee', '-', 'n.v.t.', 'nvt', 'geen toelichting', 'niets'];

export function noteSchema(status: StatusCode) {
  const required = NOTE_REQUIRED.includes(status);
  return z.string().transform((raw, ctx): string | null => {
    const text = raw.trim();
    if (NO_NOTE.includes(text.toLowerCase())) {
      if (!required) return null;
      ctx.addIssue({ code: 'custom', message: formTexts.noteRequired(statusLabel(status)) });
      return z.NEVER;
    }
    if (required && text.length < 3) {
      ctx.addIssue({ code: 'custom', message: formTexts.noteTooShort(quoteInput(text)) });
      return z.NEVER;
    }
    if (text.length > 2000) {
      ctx.addIssue({ code: 'custom', message: formTexts.noteTooLong(text.length) });
      return z.NEVER;
    }
    return text;
  });
}

export const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(n).replace('.', ','));

/** "15", "15,5", "15 woningen", "ca. 15": a number of at least 0 (above the target the form asks to confirm). */
export function realisedSchema() {
  return z.string().transform((raw, ctx): number => {
    const input = quoteInput(raw);
    const m = /^(?:(?:ca\.?|circa|ongeveer|±)\s*)?(-?\s*\d+(?:[.,]\d+)?)(?:\s+[a-zà-ÿ]+){0,3}$/i.exec(raw.trim());
    if (!m) {
      ctx.addIssue({ code: 'custom', message: formTexts.notANumber(input) });
      return z.NEVER;
    }
    const value = Number(m[1]!.replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: formTexts.notANumber(input) });
      return z.NEVER;
    }
    if (value < 0) {
      ctx.addIssue({ code: 'custom', message: formTexts.negative(input) });
      return z.NEVER;
    }
    return value;
  });
}

/** The first issue's message of a failed parse. */
export const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? 'Ongeldig antwoord.';

const PARTICIPLES: Record<string, string> = {
  verkopen: 'verkocht',
  bouwen: 'gebouwd',
  opleveren: 'opgeleverd',
  verduurzamen: 'verduurzaamd',
  renoveren: 'gerenoveerd',
  realiseren: 'gerealiseerd',
  plaatsen: 'geplaatst',
  aankopen: 'aangekocht',
  kopen: 'gekocht',
  slopen: 'gesloopt',
  toewijzen: 'toegewezen',
  transformeren: 'getransformeerd',
  isoleren: 'geïsoleerd',
  toevoegen: 'toegevoegd',
  huisvesten: 'gehuisvest',
  starten: 'gestart',
  verbouwen: 'verbouwd',
  aanpassen: 'aangepast',
  labelen: 'gelabeld',
  verhuren: 'verhuurd',
  omzetten: 'omgezet',
};

/** The question for a numeric target: "Hoeveel van de 22 woningen zijn verkocht?" */
export function realisedQuestion(target: { value: number; unit: string; verb: string }): string {
  const verb = target.verb.toLowerCase().replace(/^te\s+/, '').trim();
  const participle = PARTICIPLES[verb] ?? (/^ge|d$|t$/.test(verb) ? verb : undefined);
  const unit = target.unit || 'stuks';
  return participle
    ? formTexts.realisedQuestion(formatNumber(target.value), unit, participle)
    : formTexts.realisedQuestionGeneric(formatNumber(target.value), unit, verb);
}
