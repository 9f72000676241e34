import { randomUUID } from 'node:crypto';
import type { Agreement as AgreementRow, Prisma, Target as TargetRow } from '@prisma/client';
import { compareNumbers, type Agreement, type AgreementKind, type AgreementTable, type StoredDocument } from '../core/agreement.js';
import type { AgreementRepository } from '../core/ports.js';
import type { Db } from './database.js';
import { municipalityIn, storedSpellings } from './municipality-match.js';

type TargetFields = Pick<TargetRow, 'party' | 'value' | 'approximate' | 'unit' | 'verb' | 'sentence'>;
type Row = Omit<AgreementRow, keyof typeof searchText> & { targets: TargetFields[] };

/** The analysed search text is the index's (qa/), not the agreement's; reading it doubled what a listing moves. */
const searchText = { searchTitle: true, searchBody: true } as const;

function toAgreement(row: Row): Agreement {
  return {
    id: row.id,
    documentId: row.documentId,
    municipality: row.municipality,
    number: row.number,
    chapterNumber: row.chapterNumber,
    chapterTitle: row.chapterTitle,
    kind: (row.kind as AgreementKind | null) ?? null,
    title: row.title,
    multiYearText: row.multiYearText,
    yearText: row.yearText,
    responsible: row.responsible,
    originalText: row.originalText,
    tables: (row.tables as unknown as AgreementTable[] | null) ?? [],
    period: { from: row.periodFrom, to: row.periodTo },
    actionYear: row.actionYear,
    targets: row.targets.map((t) => ({
      party: t.party,
      value: t.value,
      approximate: t.approximate,
      unit: t.unit,
      verb: t.verb,
      sentence: t.sentence,
    })),
  };
}

/**
 * A listing in one query, targets aggregated by the database: through Prisma, 10,000 agreements took a second
 * query with 10,000 parameters, an in-memory join and ~100 MB more memory on the main thread.
 */
const LIST_SQL = (where: string) => `
  SELECT a.id, a."documentId", a.municipality, a.number, a.position, a."chapterNumber", a."chapterTitle", a.kind, a.title,
         a."multiYearText", a."yearText", a.responsible, a."originalText", a.tables, a."periodFrom", a."periodTo", a."actionYear",
         COALESCE(t.targets, '[]'::json) AS targets
  FROM "Agreement" a
  LEFT JOIN LATERAL (
    -- ctid: the order they were stored in, which is the document's
    SELECT json_agg(json_build_object('party', party, 'value', value, 'approximate', approximate, 'unit', unit, 'verb', verb,
                                      'sentence', sentence) ORDER BY ctid) AS targets
    FROM "Target" WHERE "agreementId" = a.id
  ) t ON true
  ${where}
  ORDER BY a.municipality, a.position`;

/** Within a municipality, agreements read in number order ("2" before "10", "1.9" before "1.10"). */
const inNumberOrder = (rows: Row[]) =>
  rows.sort((a, b) => a.municipality.localeCompare(b.municipality) || compareNumbers(a.number, b.number) || a.position - b.position);

/** Prisma implementation of the AgreementRepository port. */
export function createAgreementRepository(db: Db): AgreementRepository {
  const { prisma } = db;
  return {
    async saveDocument(doc, meta) {
      const existing = await prisma.document.findUnique({
        where: { municipality_title: { municipality: doc.municipality, title: doc.title } },
      });
      if (existing && existing.contentHash === meta.contentHash) {
        return { status: 'unchanged', documentId: existing.id };
      }
      // Everything is built first and written in one short transaction: one multi-row INSERT per table,
      // instead of a round trip per agreement and per target.
      const documentId = randomUUID();
      const period = { periodFrom: doc.period.from, periodTo: doc.period.to, actionYear: doc.actionYear };
      const agreementRows = doc.agreements.map((a, position) => ({
        id: randomUUID(),
        documentId,
        municipality: doc.municipality,
        number: a.number,
        position,
        chapterNumber: a.chapterNumber,
        chapterTitle: a.chapterTitle,
        kind: a.kind,
        title: a.title,
        multiYearText: a.multiYearText,
        yearText: a.yearText,
        responsible: a.responsible,
        originalText: a.originalText,
        tables: (a.tables ?? []) as unknown as Prisma.InputJsonValue,
        ...period,
      }));
      const targetRows = doc.agreements.flatMap((a, i) => a.targets.map((t) => ({ ...t, agreementId: agreementRows[i]!.id })));
      // One row per name (the last mention wins): a multi-row upsert may not touch a row twice.
      const parties = [...new Map(doc.parties.map((p) => [p.name, p])).values()].map((p) => ({
        id: randomUUID(),
        municipality: doc.municipality,
        name: p.name,
        kind: p.kind,
        aliases: p.aliases,
      }));
      await prisma.$transaction([
        // A new version replaces the old one: its agreements go, links by municipality + number stay.
        ...(existing ? [prisma.document.delete({ where: { id: existing.id } })] : []),
        prisma.document.create({
          data: {
            id: documentId,
            municipality: doc.municipality,
            title: doc.title,
            sourceName: meta.sourceName,
            format: meta.format,
            ...period,
            parties: doc.parties.map((p) => p.name),
            contentHash: meta.contentHash,
            warnings: doc.warnings,
          },
        }),
        prisma.agreement.createMany({ data: agreementRows }),
        prisma.target.createMany({ data: targetRows }),
        ...(parties.length
          ? [
              prisma.$executeRaw`
                INSERT INTO "Party" (id, municipality, name, kind, aliases)
                SELECT id, municipality, name, kind, aliases FROM jsonb_to_recordset(${JSON.stringify(parties)}::jsonb)
                  AS p(id text, municipality text, name text, kind text, aliases text[])
                ON CONFLICT (municipality, name) DO UPDATE SET kind = EXCLUDED.kind, aliases = EXCLUDED.aliases`,
            ]
          : []),
      ]);
      return { status: existing ? 'replaced' : 'created', documentId };
    },

    async listAgreements(filter = {}) {
      const rows = filter.municipality
        ? await db.sql.query<Row>(LIST_SQL('WHERE lower(a.municipality) = lower($1)'), [filter.municipality])
        : await db.sql.query<Row>(LIST_SQL(''));
      return inNumberOrder(rows).map(toAgreement);
    },

    async getAgreement(municipality, number) {
      const row = await prisma.agreement.findFirst({
        where: { municipality: await municipalityIn(db.sql, 'Agreement', municipality), number },
        include: { targets: true },
        omit: searchText,
        orderBy: { document: { ingestedAt: 'desc' } },
      });
      return row ? toAgreement(row) : null;
    },

    async getAgreementsByIds(ids) {
      const rows = await prisma.agreement.findMany({ where: { id: { in: ids } }, include: { targets: true }, omit: searchText });
      const byId = new Map(rows.map((r) => [r.id, toAgreement(r)]));
      return ids.map((id) => byId.get(id)).filter((a): a is Agreement => !!a);
    },

    async listDocuments() {
      const rows = await prisma.document.findMany({
        include: { _count: { select: { agreements: true } } },
        orderBy: [{ municipality: 'asc' }, { title: 'asc' }],
      });
      return rows.map(
        (d): StoredDocument => ({
          id: d.id,
          municipality: d.municipality,
          title: d.title,
          sourceName: d.sourceName,
          format: d.format,
          period: { from: d.periodFrom, to: d.periodTo },
          actionYear: d.actionYear,
          parties: d.parties,
          contentHash: d.contentHash,
          warnings: d.warnings,
          ingestedAt: d.ingestedAt,
          agreementCount: d._count.agreements,
        }),
      );
    },

    async listMunicipalities() {
      // DISTINCT in SQL: Prisma's `distinct` fetches every document and removes duplicates on our thread.
      const rows = await db.sql.query<{ m: string }>('SELECT DISTINCT municipality AS m FROM "Document" ORDER BY 1');
      return rows.map((r) => r.m);
    },

    async findMunicipality(name) {
      const wanted = name.trim();
      const spellings = await storedSpellings(db.sql, 'Document', wanted);
      return spellings.includes(wanted) ? wanted : (spellings.sort()[0] ?? null);
    },

    async countAgreements() {
      return prisma.agreement.count();
    },
  };
}
