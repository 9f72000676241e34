// A large corpus for benchmarks: the two sample documents read, extracted and indexed for real, then copied
// in SQL under other municipality names ("Almelo-0001", …) until the target count is reached. Each copy
// carries its own title word, so the term statistics grow with the corpus as they would with real documents.
import { createQaService } from '../../src/qa/qa-service.js';
import { createAgreementRepository } from '../../src/storage/agreement-repository.js';
import type { Db } from '../../src/storage/database.js';
import { createSearchStore } from '../../src/storage/search-store.js';
import { loadSamples } from '../../tests/helpers/load-samples.js';

/** Fills an empty database with about `target` agreements; returns the municipality names. */
export async function seedCorpus(db: Db, target: number): Promise<string[]> {
  const qa = createQaService({ agreements: createAgreementRepository(db), store: createSearchStore(db) });
  const docs = await loadSamples(db, qa.indexer);
  const perCopy = docs.reduce((n, d) => n + d.agreements.length, 0);
  const copies = Math.max(0, Math.ceil((target - perCopy) / perCopy));
  const names = docs.map((d) => d.municipality);
  const batch = 50;
  for (let from = 1; from <= copies; from += batch) {
    const to = Math.min(copies, from + batch - 1);
    await db.sql.exec(`
      INSERT INTO "Document" (id, municipality, title, "sourceName", format, "periodFrom", "periodTo", "actionYear", parties, "contentHash", warnings)
      SELECT gen_random_uuid()::text, d.municipality || '-' || lpad(g::text, 4, '0'), d.title, d."sourceName", d.format, d."periodFrom", d."periodTo",
             d."actionYear", d.parties, d."contentHash" || g, d.warnings
      FROM "Document" d CROSS JOIN generate_series(${from}, ${to}) g WHERE d.municipality NOT LIKE '%-%';
      INSERT INTO "Agreement" (id, "documentId", municipality, number, position, "chapterNumber", "chapterTitle", kind, title, "multiYearText",
             "yearText", responsible, "originalText", tables, "periodFrom", "periodTo", "actionYear", "searchTitle", "searchBody")
      SELECT gen_random_uuid()::text, c.id, c.municipality, a.number, a.position, a."chapterNumber", a."chapterTitle", a.kind, a.title,
             a."multiYearText", a."yearText", a.responsible, a."originalText", a.tables, a."periodFrom", a."periodTo", a."actionYear",
             a."searchTitle" || ' kopie' || split_part(c.municipality, '-', 2), a."searchBody"
      FROM "Agreement" a JOIN "Document" c ON c.municipality LIKE a.municipality || '-%' AND c.title = (SELECT title FROM "Document" WHERE id = a."documentId")
      WHERE a.municipality NOT LIKE '%-%' AND NULLIF(split_part(c.municipality, '-', 2), '')::int BETWEEN ${from} AND ${to};
      INSERT INTO "Target" (id, "agreementId", party, value, approximate, unit, verb, sentence)
      SELECT gen_random_uuid()::text, c.id, t.party, t.value, t.approximate, t.unit, t.verb, t.sentence
      FROM "Target" t JOIN "Agreement" a ON a.id = t."agreementId" AND a.municipality NOT LIKE '%-%'
      JOIN "Agreement" c ON c.municipality LIKE a.municipality || '-%' AND c.number = a.number
      WHERE NULLIF(split_part(c.municipality, '-', 2), '')::int BETWEEN ${from} AND ${to};
      INSERT INTO "Party" (id, municipality, name, kind, aliases)
      SELECT gen_random_uuid()::text, p.municipality || '-' || lpad(g::text, 4, '0'), p.name, p.kind, p.aliases
      FROM "Party" p CROSS JOIN generate_series(${from}, ${to}) g WHERE p.municipality NOT LIKE '%-%';
    `);
  }
  const base = [...names];
  for (let i = 1; i <= copies; i++) for (const n of base) names.push(`${n}-${String(i).padStart(4, '0')}`);
  return names;
}
