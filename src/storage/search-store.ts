import { compareNumbers } from '../core/agreement.js';
import type {
  Facets,
  IndexSource,
  SearchStore,
  TermStats,
  TextCandidate,
  TextSearchRequest,
} from '../qa/search-store-port.js';
import { applyCorrections } from './corrections.js';
import type { Db } from './database.js';

/** ts_rank weights for the classes {D, C, B, A}: chapter/parties, multi-year text, this-year text, title. */
const RANK_WEIGHTS = '{0.15, 0.4, 0.7, 1.0}';

interface CandidateRow {
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
          documentId: true,
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
      // The index holds what people read: a coordinator's corrections, not only what was extracted.
      return (await applyCorrections(sql, rows)).map(
        (r): IndexSource => ({
          agreementId: r.id,
          municipality: r.municipality,
          number: r.number,
          title: r.title,
          chapterTitle: r.chapterTitle,
          yearText: r.yearText,
          multiYearText: r.multiYearText,
          responsible: r.responsible ?? [],
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
      // Common terms (match === false) would make the index return most of the table; they are left out
      // of the match but still scored on the candidates the rarer terms find.
      const selective = req.terms.filter((t) => t.match !== false);
      const matching = selective.length ? selective : req.terms;
      const any = `to_tsquery('simple', ${p(matching.map((t) => `(${t.tsquery})`).join(' | '))})`;
      const qs = req.terms.map((t) => `to_tsquery('simple', ${p(t.tsquery)})`);
      // Numbers inlined rather than bound: a parameter left unused by the SQL would have no type.
      const weights = req.terms.map((t) => `${Number.isFinite(t.weight) ? t.weight : 0}::float8`);
      // Stage 1, on every row the index matches: a cheap score (IDF weight of the selecting terms present, plus one
      // weighted ts_rank to break ties) that keeps the best `pool` rows.
      const cheap = req.terms
        .map((t, i) => (matching.includes(t) ? `(CASE WHEN "searchVector" @@ ${qs[i]} THEN ${weights[i]} ELSE 0 END)` : ''))
        .filter(Boolean)
        .join(' + ');
      // Stage 2, on those rows only: ts_rank per term. ts_rank divides an OR query's rank by its number of
      // lexemes; multiplying back keeps a term with many synonyms from counting less than one with none.
      const ranks = req.terms.map((t, i) => {
        const lexemes = new Set(t.tsquery.match(/[a-z0-9]+/g) ?? []).size || 1;
        return `CASE WHEN "searchVector" @@ ${qs[i]} THEN ts_rank('${RANK_WEIGHTS}', "searchVector", ${qs[i]}, 1) * ${lexemes} ELSE 0 END`;
      });
      const where = [`"searchVector" @@ ${any}`];
      if (req.municipalities?.length) {
        where.push(`lower(municipality) = ANY(${p(req.municipalities.map((m) => m.toLowerCase()))}::text[])`);
      }
      const pool = p(Math.max(req.limit, req.pool ?? 150));
      // The final order is taken in JS: in SQL the planner rebuilds the ranks array for every term of the
      // ORDER BY expression.
      const pooled = await sql.query<CandidateRow>(
        `WITH c AS (
           SELECT id FROM "Agreement" WHERE ${where.join(' AND ')}
           ORDER BY ${cheap} + ts_rank('${RANK_WEIGHTS}', "searchVector", ${any}) DESC, id
           LIMIT ${pool}
         )
         SELECT a.id, a."documentId", a.municipality, a.number, a.title, a."chapterTitle", a.responsible, a."periodFrom", a."periodTo",
                a."actionYear", ARRAY[${ranks.join(', ')}]::float8[] AS ranks
         FROM c JOIN "Agreement" a ON a.id = c.id`,
        params,
      );
      const score = (r: CandidateRow) => r.ranks.reduce((sum, rank, i) => sum + Number(rank) * req.terms[i]!.weight, 0);
      const rows = (await applyCorrections(sql, pooled))
        .map((r) => ({ r, s: score(r) }))
        .sort((a, b) => b.s - a.s || a.r.municipality.localeCompare(b.r.municipality) || compareNumbers(a.r.number, b.r.number))
        .slice(0, req.limit)
        .map((x) => x.r);
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

    async passageTexts(ids) {
      if (ids.length === 0) return [];
      return sql.query<{ agreementId: string; yearText: string; multiYearText: string }>(
        `SELECT id AS "agreementId", "yearText", "multiYearText" FROM "Agreement" WHERE id = ANY($1::text[])`,
        [ids],
      );
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
      // Themes and parties a coordinator corrected are names people ask about too.
      const corrected = await sql.query<{ municipality: string; field: string; value: unknown }>(
        `SELECT DISTINCT municipality, field, value::text AS value FROM "AgreementCorrection" WHERE field IN ('theme', 'responsible')`,
      );
      for (const c of corrected) {
        const value = JSON.parse(String(c.value)) as unknown;
        if (c.field === 'theme' && typeof value === 'string') themes.push({ municipality: c.municipality, title: value });
        if (c.field === 'responsible' && Array.isArray(value)) for (const name of value) responsible.push({ municipality: c.municipality, name: String(name) });
      }
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
