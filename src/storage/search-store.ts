import type {
  Facets,
  IndexSource,
  SearchStore,
  TermStats,
  TextCandidate,
  TextSearchRequest,
} from '../qa/search-store-port.js';
import type { Db } from './database.js';

/** ts_rank weights for the classes {D, C, B, A}: chapter/parties, multi-year text, this-year text, title. */
const RANK_WEIGHTS = '{0.15, 0.4, 0.7, 1.0}';

interface CandidateRow {
  id: string;
  municipality: string;
  number: number;
  title: string;
  chapterTitle: string | null;
  responsible: string[] | null;
  periodFrom: number | null;
  periodTo: number | null;
  actionYear: number | null;
  ranks: number[];
}

/** PostgreSQL full-text search over the analysed fields (same SQL on PGlite and PostgreSQL). */
export function createSearchStore(db: Db): SearchStore {
  const { prisma, sql } = db;
  return {
    async listIndexSources(documentId) {
      const rows = await prisma.agreement.findMany({
        where: documentId ? { documentId } : {},
        select: {
          id: true,
          municipality: true,
          number: true,
          title: true,
          chapterTitle: true,
          yearText: true,
          multiYearText: true,
          responsible: true,
        },
        orderBy: [{ municipality: 'asc' }, { number: 'asc' }],
      });
      return rows.map(
        (r): IndexSource => ({
          agreementId: r.id,
          municipality: r.municipality,
          number: r.number,
          title: r.title,
          chapterTitle: r.chapterTitle,
          yearText: r.yearText,
          multiYearText: r.multiYearText,
          responsible: r.responsible,
        }),
      );
    },

    async saveSearchFields(rows) {
      // One statement per batch: unnest keeps it fast for a full reindex of thousands of agreements.
      const batch = 500;
      for (let i = 0; i < rows.length; i += batch) {
        const part = rows.slice(i, i + batch);
        await sql.query(
          `UPDATE "Agreement" AS a SET "searchTitle" = u.t, "searchBody" = u.b
           FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, t, b) WHERE a.id = u.id`,
          [
            part.map((r) => r.agreementId),
            part.map((r) => r.title),
            part.map((r) => [r.yearText, r.multiYearText, r.meta].map((s) => s.replaceAll('|', ' ')).join(' | ')),
          ],
        );
      }
    },

    async termStats(): Promise<TermStats> {
      const [count] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "Agreement"');
      const rows = await sql.query<{ word: string; ndoc: number }>(
        `SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Agreement"')`,
      );
      return { total: count?.n ?? 0, df: new Map(rows.map((r) => [r.word, Number(r.ndoc)])) };
    },

    async searchText(req: TextSearchRequest): Promise<TextCandidate[]> {
      if (req.terms.length === 0) return [];
      const params: unknown[] = [];
      const p = (v: unknown) => {
        params.push(v);
        return `$${params.length}`;
      };
      const any = p(req.terms.map((t) => `(${t.tsquery})`).join(' | '));
      // ts_rank divides an OR query's rank by its number of lexemes; multiplying back keeps a term with
      // many synonyms from counting less than a term with none.
      const ranks = req.terms.map((t) => {
        const q = `to_tsquery('simple', ${p(t.tsquery)})`;
        const lexemes = new Set(t.tsquery.match(/[a-z0-9]+/g) ?? []).size || 1;
        return `CASE WHEN "searchVector" @@ ${q} THEN ts_rank('${RANK_WEIGHTS}', "searchVector", ${q}, 1) * ${lexemes} ELSE 0 END`;
      });
      const score = req.terms.map((t, i) => `c.ranks[${i + 1}] * ${p(t.weight)}::float8`).join(' + ');
      const where = [`"searchVector" @@ to_tsquery('simple', ${any})`];
      if (req.municipalities?.length) {
        where.push(`lower(municipality) = ANY(${p(req.municipalities.map((m) => m.toLowerCase()))}::text[])`);
      }
      const limit = p(req.limit);
      const rows = await sql.query<CandidateRow>(
        `WITH c AS (
           SELECT id, ARRAY[${ranks.join(', ')}]::float8[] AS ranks FROM "Agreement" WHERE ${where.join(' AND ')}
         )
         SELECT a.id, a.municipality, a.number, a.title, a."chapterTitle", a.responsible, a."periodFrom", a."periodTo",
                a."actionYear", c.ranks
         FROM c JOIN "Agreement" a ON a.id = c.id
         ORDER BY ${score} DESC, a.municipality, a.number
         LIMIT ${limit}`,
        params,
      );
      return rows.map((r) => ({
        agreementId: r.id,
        municipality: r.municipality,
        number: r.number,
        title: r.title,
        chapterTitle: r.chapterTitle,
        responsible: r.responsible ?? [],
        period: { from: r.periodFrom, to: r.periodTo },
        actionYear: r.actionYear,
        termRanks: r.ranks.map(Number),
      }));
    },

    async facets(): Promise<Facets> {
      const municipalities = (
        await sql.query<{ m: string }>('SELECT DISTINCT municipality AS m FROM "Agreement" ORDER BY 1')
      ).map((r) => r.m);
      const partyRows = await prisma.party.findMany({ orderBy: [{ municipality: 'asc' }, { name: 'asc' }] });
      const responsible = await sql.query<{ municipality: string; name: string }>(
        'SELECT DISTINCT municipality, unnest(responsible) AS name FROM "Agreement" ORDER BY 1, 2',
      );
      const themes = await sql.query<{ municipality: string; title: string }>(
        `SELECT DISTINCT municipality, "chapterTitle" AS title FROM "Agreement" WHERE "chapterTitle" IS NOT NULL ORDER BY 1, 2`,
      );
      return {
        municipalities,
        parties: [
          ...partyRows.map((p) => ({ municipality: p.municipality, name: p.name, aliases: p.aliases, fromResponsible: false })),
          ...responsible.map((r) => ({ municipality: r.municipality, name: r.name, aliases: [], fromResponsible: true })),
        ],
        themes,
      };
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
