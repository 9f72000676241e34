/**
 * A correction as a person typed it (console form, CLI options) → checked values, or a DomainError in
 * Dutch that echoes what was typed. Nothing is stored when one field is wrong.
 */
import { parseAgreementNumber, type AgreementKind } from '../core/agreement.js';
import { DomainError } from '../core/errors.js';
import { CORRECTABLE_FIELDS, type AgreementChanges, type CorrectableField } from '../core/review.js';
import { reviewTexts as t } from './texts.js';

const MAX_TITLE = 300;
const MAX_THEME = 200;
const MAX_PARTY = 120;
const MAX_PARTIES = 30;

const bad = (message: string) => new DomainError('bad_input', message);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function text(field: CorrectableField, value: unknown): string {
  if (typeof value !== 'string') throw bad(t.badValue(t.fieldNames[field]));
  return clean(value);
}

const KINDS: Record<string, AgreementKind | null> = {
  focus: 'focus',
  focusafspraak: 'focus',
  regulier: 'regulier',
  reguliere: 'regulier',
  'reguliere afspraak': 'regulier',
  meerjarig: 'meerjarig',
  meerjarige: 'meerjarig',
  'meerjarige afspraak': 'meerjarig',
  jaarafspraak: 'jaarafspraak',
  jaarschijf: 'jaarafspraak',
  jaar: 'jaarafspraak',
  geen: null,
  '': null,
  '-': null,
};

/** Party names from a list or from text separated by commas, semicolons or new lines; each once. */
function parties(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;\n]/) : null;
  if (!raw || raw.some((x) => typeof x !== 'string')) throw bad(t.badValue(t.fieldNames.responsible));
  const out: string[] = [];
  for (const name of (raw as string[]).map(clean).filter(Boolean)) {
    if (name.length > MAX_PARTY) throw bad(t.tooLong('partijnaam', MAX_PARTY));
    if (!out.some((x) => x.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  if (out.length > MAX_PARTIES) throw bad(t.tooManyParties(MAX_PARTIES));
  return out;
}

/** Checks every given field; unknown fields and an empty correction are refused too. */
export function parseChanges(input: Record<string, unknown>): AgreementChanges {
  const unknown = Object.keys(input).find((k) => !(CORRECTABLE_FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw bad(t.unknownField(unknown));
  const out: AgreementChanges = {};
  if (input.number !== undefined) {
    const typed = text('number', input.number);
    const number = parseAgreementNumber(typed);
    if (!number) throw bad(t.badNumber(typed));
    out.number = number;
  }
  if (input.title !== undefined) {
    const title = text('title', input.title);
    if (!title) throw bad(t.emptyTitle);
    if (title.length > MAX_TITLE) throw bad(t.tooLong('titel', MAX_TITLE));
    out.title = title;
  }
  if (input.theme !== undefined) {
    const theme = input.theme === null ? '' : text('theme', input.theme);
    if (theme.length > MAX_THEME) throw bad(t.tooLong('thema', MAX_THEME));
    out.theme = theme || null;
  }
  if (input.kind !== undefined) {
    const typed = input.kind === null ? '' : text('kind', input.kind);
    const key = typed.toLowerCase();
    if (!Object.hasOwn(KINDS, key)) throw bad(t.badKind(typed));
    out.kind = KINDS[key] ?? null;
  }
  if (input.responsible !== undefined) out.responsible = parties(input.responsible);
  if (Object.keys(out).length === 0) throw bad(t.noChanges);
  return out;
}
