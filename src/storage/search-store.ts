import type { AgreementTable } from '../core/agreement.js';
import type { IndexedAgreement, SearchStore, StoredParty } from '../qa/search-store-port.js';
import { applyCorrections } from './corrections.js';
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

/**
 * Lets timers and I/O run between pages: the embedded database answers through promises that resolve
 * at once, so without this a loop of queries would never give the event loop a turn.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the in-memory search index reads from the database (same SQL on PGlite and PostgreSQL). */
export function createSearchStore(db: Db): SearchStore {
  const { prisma, sql } = db;
  return {
    async indexVersion() {
      // A replaced document gets a new id, so the sum of id hashes changes with every add, replace or delete.
      // After the bar: coordinators' corrections, which change what is indexed without a new document.
      const [row] = await sql.query<{ n: number; h: string; c: string }>(
        `SELECT count(*)::int AS n, coalesce(sum(hashtext(id)::bigint), 0)::text AS h,
                (SELECT count(*)::text || ':' || coalesce(max(extract(epoch from "correctedAt") * 1000), 0)::bigint::text FROM "AgreementCorrection") AS c
         FROM "Document"`,
      );
      return `${row?.n ?? 0}:${row?.h ?? '0'}|${row?.c ?? '0'}`;
    },

    async listDocumentIds() {
      // In pages: on the embedded database a query's rows are read on the event loop in one go.
      const ids: string[] = [];
      for (let after = ''; ; ) {
        const rows = await sql.query<{ id: string }>('SELECT id FROM "Document" WHERE id > $1 ORDER BY id LIMIT 250', [after]);
        ids.push(...rows.map((r) => r.id));
        if (rows.length < 250) return ids;
        after = rows[rows.length - 1]!.id;
        await nextTurn();
      }
    },

    async loadAgreements(documentIds) {
      if (documentIds.length === 0) return [];
      const rows = await sql.query<AgreementRow>(
        `SELECT id, "documentId", municipality, number, title, "chapterTitle", responsible, "periodFrom", "periodTo",
                "actionYear", "yearText", "multiYearText", tables, position
         FROM "Agreement" WHERE "documentId" = ANY($1::text[]) ORDER BY "documentId", position`,
        [documentIds],
      );
      // The index holds what people read: a coordinator's corrections, not only what was extracted.
      return (await applyCorrections(sql, rows)).map(toIndexed);
    },

    async listParties(): Promise<StoredParty[]> {
      // Plain SQL in pages: at 50,000 agreements the ORM's mapping of thousands of rows held the event loop.
      const parties: StoredParty[] = [];
      for (let after = ''; ; ) {
        const rows = await sql.query<{ id: string; municipality: string; name: string; kind: string; aliases: string[] | null }>(
          'SELECT id, municipality, name, kind, aliases FROM "Party" WHERE id > $1 ORDER BY id LIMIT 250',
          [after],
        );
        parties.push(...rows.map((p) => ({ municipality: p.municipality, name: p.name, kind: p.kind, aliases: p.aliases ?? [] })));
        if (rows.length < 250) return parties;
        after = rows[rows.length - 1]!.id;
        await nextTurn();
      }
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
