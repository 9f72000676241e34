// Stores many documents fast, for benchmarks and tests that need a corpus of some size: a few
// multi-row INSERTs per batch instead of the repository's one INSERT per agreement.
import { randomUUID } from 'node:crypto';
import type { ExtractedDocument } from '../../src/core/agreement.js';
import type { Db } from '../../src/storage/database.js';

/** Writes documents, their agreements and parties with a few multi-row INSERTs per batch. */
export async function bulkInsert(db: Db, docs: ExtractedDocument[]): Promise<number> {
  let agreements = 0;
  for (let i = 0; i < docs.length; i += 40) {
    const batch = docs.slice(i, i + 40);
    const documents = batch.map((d) => ({ id: randomUUID(), d }));
    await db.sql.query(
      `INSERT INTO "Document" (id, municipality, title, "sourceName", format, "periodFrom", "periodTo", "actionYear", parties, "contentHash", warnings)
       SELECT x.id, x.municipality, x.title, x.source, 'txt', x.pfrom, x.pto, x.ayear, ARRAY(SELECT json_array_elements_text(x.parties)), x.hash, '{}'
       FROM json_to_recordset($1::json) AS x(id text, municipality text, title text, source text, pfrom int, pto int, ayear int, parties json, hash text)`,
      [JSON.stringify(documents.map(({ id, d }) => ({ id, municipality: d.municipality, title: d.title, source: `${d.title}.txt`, pfrom: d.period.from, pto: d.period.to, ayear: d.actionYear, parties: d.parties.map((p) => p.name), hash: id })))],
    );
    const rows = documents.flatMap(({ id, d }) =>
      d.agreements.map((a, position) => ({
        id: randomUUID(), doc: id, municipality: d.municipality, number: a.number, position, chapter_number: a.chapterNumber, chapter_title: a.chapterTitle,
        kind: a.kind, title: a.title, multi: a.multiYearText, year: a.yearText, responsible: a.responsible, tables: a.tables ?? [],
        pfrom: d.period.from, pto: d.period.to, ayear: d.actionYear,
      })),
    );
    agreements += rows.length;
    await db.sql.query(
      `INSERT INTO "Agreement" (id, "documentId", municipality, number, position, "chapterNumber", "chapterTitle", kind, title, "multiYearText", "yearText", responsible, "originalText", tables, "periodFrom", "periodTo", "actionYear")
       SELECT x.id, x.doc, x.municipality, x.number, x.position, x.chapter_number, x.chapter_title, x.kind, x.title, x.multi, x.year,
              ARRAY(SELECT json_array_elements_text(x.responsible)), '', x.tables::jsonb, x.pfrom, x.pto, x.ayear
       FROM json_to_recordset($1::json) AS x(id text, doc text, municipality text, number text, position int, chapter_number int, chapter_title text,
            kind text, title text, multi text, year text, responsible json, tables json, pfrom int, pto int, ayear int)`,
      [JSON.stringify(rows)],
    );
    const parties = batch.flatMap((d) => d.parties.map((p) => ({ id: randomUUID(), municipality: d.municipality, name: p.name, kind: p.kind, aliases: p.aliases })));
    await db.sql.query(
      `INSERT INTO "Party" (id, municipality, name, kind, aliases)
       SELECT x.id, x.municipality, x.name, x.kind, ARRAY(SELECT json_array_elements_text(x.aliases))
       FROM json_to_recordset($1::json) AS x(id text, municipality text, name text, kind text, aliases json)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(parties)],
    );
  }
  return agreements;
}

