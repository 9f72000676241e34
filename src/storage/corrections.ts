/**
 * Coordinators' corrections, applied to agreement rows as they are read. A correction is anchored on the
 * agreement as the extractor found it (document = municipality + title, then the extracted number); when a
 * new version moved the number, the extracted title finds it again.
 */
import type { AgreementKind } from '../core/agreement.js';
import { AGREEMENT_KINDS } from '../core/labels.js';
import type { Actor, AgreementFields, CorrectableField, FieldCorrection, UnmatchedCorrection } from '../core/review.js';
import { CORRECTABLE_FIELDS } from '../core/review.js';
import type { SqlExecutor } from './migrate.js';

export interface CorrectionRow {
  id: string;
  municipality: string;
  documentTitle: string;
  sourceNumber: string;
  sourceTitle: string;
  field: CorrectableField;
  value: unknown;
  correctedBy: string;
  correctedByName: string;
  correctedAt: Date;
  /** The current version of the document the correction belongs to. */
  documentId: string;
}

/** The fields of a stored row a correction can change, under their column names. */
export interface CorrectableRow {
  id: string;
  documentId: string;
  number: string;
  title: string;
  chapterTitle: string | null;
  kind?: string | null;
  responsible: string[] | null;
}

/** An agreement as the extractor found it: what corrections are matched against. */
export interface Identity {
  id: string;
  documentId: string;
  number: string;
  title: string;
}

/** JSON read as text: drivers differ in whether they parse jsonb, and a JSON string would be ambiguous. */
const parseJson = (v: unknown) => JSON.parse(String(v)) as unknown;

/** Corrections of these documents (by their current ids), oldest first. */
export async function loadCorrections(sql: SqlExecutor, documentIds: string[]): Promise<CorrectionRow[]> {
  if (documentIds.length === 0) return [];
  const rows = await sql.query<Omit<CorrectionRow, 'correctedAt'> & { correctedAtMs: number }>(
    `SELECT c.id, c.municipality, c."documentTitle", c."sourceNumber", c."sourceTitle", c.field, c.value::text AS value,
            c."correctedBy", c."correctedByName", (extract(epoch from c."correctedAt") * 1000)::float8 AS "correctedAtMs", d.id AS "documentId"
     FROM "AgreementCorrection" c
     JOIN "Document" d ON d.municipality = c.municipality AND d.title = c."documentTitle"
     WHERE d.id = ANY($1::text[])
     ORDER BY c."correctedAt", c.id`,
    [[...new Set(documentIds)]],
  );
  return rows
    .filter((r) => (CORRECTABLE_FIELDS as readonly string[]).includes(r.field))
    .map(({ correctedAtMs, ...r }) => ({ ...r, value: parseJson(r.value), correctedAt: new Date(Number(correctedAtMs)) }));
}

/** The extracted number and title of every agreement in these documents. */
export async function loadIdentities(sql: SqlExecutor, documentIds: string[]): Promise<Identity[]> {
  if (documentIds.length === 0) return [];
  return sql.query<Identity>('SELECT id, "documentId", number, title FROM "Agreement" WHERE "documentId" = ANY($1::text[])', [[...new Set(documentIds)]]);
}

/** Titles compared without case, accents, punctuation or extra spaces. */
export const sameTitle = (a: string, b: string) => titleKey(a) === titleKey(b);
const titleKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The agreement a correction belongs to: the one with its extracted number, unless that number now holds
 * another agreement and one with the extracted title exists (the number moved); null when neither is there.
 */
export function matchAgreement(identities: Identity[], anchor: { documentId: string; sourceNumber: string; sourceTitle: string }): Identity | null {
  const own = identities.filter((i) => i.documentId === anchor.documentId);
  const byNumber = own.find((i) => i.number === anchor.sourceNumber) ?? null;
  if (byNumber && sameTitle(byNumber.title, anchor.sourceTitle)) return byNumber;
  const byTitle = own.filter((i) => sameTitle(i.title, anchor.sourceTitle));
  if (byTitle.length === 1) return byTitle[0]!;
  return byTitle.length === 0 ? byNumber : null;
}

export interface ResolvedCorrections {
  /** Per agreement id, the correction in force per field (the latest when several point at it). */
  byAgreement: Map<string, Map<CorrectableField, CorrectionRow>>;
  unmatched: CorrectionRow[];
}

export function resolveCorrections(identities: Identity[], corrections: CorrectionRow[]): ResolvedCorrections {
  const byAgreement = new Map<string, Map<CorrectableField, CorrectionRow>>();
  const unmatched: CorrectionRow[] = [];
  // Oldest first, so a later correction of the same field wins.
  for (const c of corrections) {
    const target = matchAgreement(identities, c);
    if (!target) {
      unmatched.push(c);
      continue;
    }
    const fields = byAgreement.get(target.id) ?? new Map<CorrectableField, CorrectionRow>();
    fields.set(c.field, c);
    byAgreement.set(target.id, fields);
  }
  return { byAgreement, unmatched };
}

/** Corrections that apply to these rows, read in two small queries (one when there are none). */
export async function correctionsForRows(sql: SqlExecutor, rows: Array<Pick<CorrectableRow, 'id' | 'documentId'>>): Promise<ResolvedCorrections> {
  const corrections = await loadCorrections(sql, rows.map((r) => r.documentId));
  if (corrections.length === 0) return { byAgreement: new Map(), unmatched: [] };
  const identities = await loadIdentities(sql, corrections.map((c) => c.documentId));
  return resolveCorrections(identities, corrections);
}

const asString = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v : fallback);

/** A stored value back into its field's type; a malformed one keeps the extracted value. */
export function correctionValue<F extends CorrectableField>(field: F, value: unknown, extracted: AgreementFields[F]): AgreementFields[F] {
  switch (field) {
    case 'number':
    case 'title':
      return asString(value, extracted as string) as AgreementFields[F];
    case 'theme':
      return (value === null || typeof value === 'string' ? value || null : extracted) as AgreementFields[F];
    case 'kind':
      return (value === null || AGREEMENT_KINDS.includes(value as AgreementKind) ? value : extracted) as AgreementFields[F];
    case 'responsible':
      return (Array.isArray(value) && value.every((x) => typeof x === 'string') ? value : extracted) as AgreementFields[F];
    default:
      return extracted;
  }
}

/** The correctable fields of a row, as the extractor found them. */
export function fieldsOf(row: CorrectableRow): AgreementFields {
  return {
    number: row.number,
    title: row.title,
    theme: row.chapterTitle,
    kind: (row.kind as AgreementKind | null | undefined) ?? null,
    responsible: row.responsible ?? [],
  };
}

/** A row with its corrections applied (a copy; the row itself is left alone). */
export function applyToRow<T extends CorrectableRow>(row: T, fields: Map<CorrectableField, CorrectionRow> | undefined): T {
  if (!fields?.size) return row;
  const f = fieldsOf(row);
  const out = { ...row };
  for (const [field, c] of fields) {
    const value = correctionValue(field, c.value, f[field]);
    if (field === 'number') out.number = value as string;
    else if (field === 'title') out.title = value as string;
    else if (field === 'theme') out.chapterTitle = value as string | null;
    else if (field === 'kind') (out as CorrectableRow).kind = value as AgreementKind | null;
    else out.responsible = value as string[];
  }
  return out;
}

/** Rows with the corrections that apply to them, in the same order. */
export async function applyCorrections<T extends CorrectableRow>(sql: SqlExecutor, rows: T[]): Promise<T[]> {
  if (rows.length === 0) return rows;
  const { byAgreement } = await correctionsForRows(sql, rows);
  return byAgreement.size ? rows.map((r) => applyToRow(r, byAgreement.get(r.id))) : rows;
}

const actorOf = (c: CorrectionRow): Actor => ({ id: c.correctedBy, name: c.correctedByName });

/** The corrections of one agreement as the review shows them, in field order. */
export function toFieldCorrections(fields: Map<CorrectableField, CorrectionRow> | undefined, extracted: AgreementFields): FieldCorrection[] {
  if (!fields) return [];
  return CORRECTABLE_FIELDS.filter((f) => fields.has(f)).map((field) => {
    const c = fields.get(field)!;
    return { field, value: correctionValue(field, c.value, extracted[field]), by: actorOf(c), at: c.correctedAt } as FieldCorrection;
  });
}

export function toUnmatched(c: CorrectionRow): UnmatchedCorrection {
  return { field: c.field, value: c.value as never, by: actorOf(c), at: c.correctedAt, sourceNumber: c.sourceNumber, sourceTitle: c.sourceTitle };
}
