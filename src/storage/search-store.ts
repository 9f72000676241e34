import type { AgreementTable } from '../core/agreement.js';
import type { IndexedAgreement, SearchStore, StoredParty } from '../qa/search-store-port.js';
import type { Db } from './database.js';

interface AgreementRow {
  id: string;
  documentId: string;
  municipality: string;
  number: string;
  title: string;
  chapterTitle: string | null;
  responsible: string[] | null;
  periodFrom: number | null;
  periodTo: number | null;
  actionYear: number | null;
  yearText: string;
  multiYearText: string;
  tables: unknown;
  position: number;
}

const toIndexed = (r: AgreementRow): IndexedAgreement => ({
  agreementId: r.id,
  documentId: r.documentId,
  municipality: r.municipality,
  number: r.number,
  title: r.title,
  chapterTitle: r.chapterTitle,
  responsible: r.responsible ?? [],
  period: { from: r.periodFrom, to: r.periodTo },
  actionYear: r.actionYear,
  yearText: r.yearText,
  multiYearText: r.multiYearText,
  tables: Array.isArray(r.tables) ? (r.tables as AgreementTable[]) : typeof r.tables === 'string' ? (JSON.parse(r.tables) as AgreementTable[]) : [],
});

/** What the in-memory search index reads from the database (same SQL on PGlite and PostgreSQL). */
export function createSearchStore(db: Db): SearchStore {
  const { prisma, sql } = db;
  return {
    async indexVersion() {
      // A replaced document gets a new id, so the sum of id hashes changes with every add, replace or delete.
      const [row] = await sql.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, coalesce(sum(hashtext(id)::bigint), 0)::text AS h FROM "Document"`,
      );
      return `${row?.n ?? 0}:${row?.h ?? '0'}`;
    },

    async listDocumentIds() {
      const rows = await sql.query<{ id: string }>('SELECT id FROM "Document" ORDER BY "ingestedAt", id');
      return rows.map((r) => r.id);
    },

    async loadAgreements(documentIds) {
      if (documentIds.length === 0) return [];
      const rows = await sql.query<AgreementRow>(
        `SELECT id, "documentId", municipality, number, title, "chapterTitle", responsible, "periodFrom", "periodTo",
                "actionYear", "yearText", "multiYearText", tables, position
         FROM "Agreement" WHERE "documentId" = ANY($1::text[]) ORDER BY "documentId", position`,
        [documentIds],
      );
      return rows.map(toIndexed);
    },

    async listParties(): Promise<StoredParty[]> {
      const rows = await prisma.party.findMany({ orderBy: [{ municipality: 'asc' }, { name: 'asc' }] });
      return rows.map((p) => ({ municipality: p.municipality, name: p.name, kind: p.kind, aliases: p.aliases }));
    },

    async embeddingHashes(model) {
      const rows = await prisma.agreementEmbedding.findMany({ where: { model }, select: { agreementId: true, textHash: true } });
      return new Map(rows.map((r) => [r.agreementId, r.textHash]));
    },

    async saveEmbeddings(rows) {
      for (const r of rows) {
        await prisma.agreementEmbedding.upsert({
          where: { agreementId: r.agreementId },
          create: r,
          update: { model: r.model, textHash: r.textHash, vector: r.vector },
        });
      }
    },

    async loadEmbeddings(model) {
      const rows = await prisma.agreementEmbedding.findMany({ where: { model }, select: { agreementId: true, vector: true } });
      return rows.map((r) => ({ agreementId: r.agreementId, vector: r.vector }));
    },
  };
}
