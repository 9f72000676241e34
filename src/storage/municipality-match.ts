/**
 * Case-insensitive municipality lookups that use an index. Prisma's `mode: 'insensitive'` compiles to ILIKE,
 * which reads the whole table (and treats % and _ as wildcards); here the spellings a municipality is stored
 * under are found through the lower(municipality) indexes, and Prisma then matches them exactly.
 */
import type { SqlExecutor } from './migrate.js';

/** Tables with a lower(municipality) index (migrations 20261123140000 and 20261201182500). */
export type MunicipalityTable = 'Agreement' | 'Document' | 'Party' | 'Role' | 'Meeting' | 'ProgressCycle' | 'ProgressReport' | 'ProgressReportChange';

/** The spellings under which `municipality` is stored in `table` ("Almelo", rarely also "ALMELO"); empty when none. */
export async function storedSpellings(sql: SqlExecutor, table: MunicipalityTable, municipality: string): Promise<string[]> {
  const rows = await sql.query<{ m: string }>(`SELECT DISTINCT municipality AS m FROM "${table}" WHERE lower(municipality) = lower($1)`, [municipality]);
  return rows.map((r) => r.m);
}

/** A Prisma filter on the stored spellings of `municipality` in `table`. */
export async function municipalityIn(sql: SqlExecutor, table: MunicipalityTable, municipality: string): Promise<{ in: string[] }> {
  return { in: await storedSpellings(sql, table, municipality) };
}
