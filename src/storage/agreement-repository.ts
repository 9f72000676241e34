import type { Agreement as AgreementRow, Prisma, Target as TargetRow } from '@prisma/client';
import { compareNumbers, type Agreement, type AgreementKind, type AgreementTable, type StoredDocument } from '../core/agreement.js';
import type { AgreementRepository } from '../core/ports.js';
import type { Db } from './database.js';

type Row = AgreementRow & { targets: TargetRow[] };

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

const byPosition = [{ municipality: 'asc' as const }, { position: 'asc' as const }];

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
      const documentId = await prisma.$transaction(
        async (tx) => {
          // A new version replaces the old one: its agreements go, links by municipality + number stay.
          if (existing) await tx.document.delete({ where: { id: existing.id } });
          const created = await tx.document.create({
            data: {
              municipality: doc.municipality,
              title: doc.title,
              sourceName: meta.sourceName,
              format: meta.format,
              periodFrom: doc.period.from,
              periodTo: doc.period.to,
              actionYear: doc.actionYear,
              parties: doc.parties.map((p) => p.name),
              contentHash: meta.contentHash,
              warnings: doc.warnings,
            },
          });
          for (const [position, a] of doc.agreements.entries()) {
            await tx.agreement.create({
              data: {
                documentId: created.id,
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
                periodFrom: doc.period.from,
                periodTo: doc.period.to,
                actionYear: doc.actionYear,
                targets: { create: a.targets.map((t) => ({ ...t })) },
              },
            });
          }
          for (const party of doc.parties) {
            await tx.party.upsert({
              where: { municipality_name: { municipality: doc.municipality, name: party.name } },
              create: { municipality: doc.municipality, name: party.name, kind: party.kind, aliases: party.aliases },
              update: { kind: party.kind, aliases: party.aliases },
            });
          }
          return created.id;
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
      return { status: existing ? 'replaced' : 'created', documentId };
    },

    async listAgreements(filter = {}) {
      const rows = await prisma.agreement.findMany({
        where: filter.municipality ? { municipality: { equals: filter.municipality, mode: 'insensitive' } } : {},
        include: { targets: true },
        orderBy: byPosition,
      });
      return inNumberOrder(rows).map(toAgreement);
    },

    async getAgreement(municipality, number) {
      const row = await prisma.agreement.findFirst({
        where: { municipality: { equals: municipality, mode: 'insensitive' }, number },
        include: { targets: true },
        orderBy: { document: { ingestedAt: 'desc' } },
      });
      return row ? toAgreement(row) : null;
    },

    async getAgreementsByIds(ids) {
      const rows = await prisma.agreement.findMany({ where: { id: { in: ids } }, include: { targets: true } });
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
      const rows = await prisma.document.findMany({ distinct: ['municipality'], select: { municipality: true }, orderBy: { municipality: 'asc' } });
      return rows.map((r) => r.municipality);
    },

    async countAgreements() {
      return prisma.agreement.count();
    },
  };
}
