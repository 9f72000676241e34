-- Municipalities are matched case-insensitively. Prisma's `mode: 'insensitive'` compiles to ILIKE, which no
-- index serves, so each lookup read the whole table (digests for every municipality grew quadratically).
-- storage/municipality-match.ts looks up the stored spellings with lower(municipality) = lower($1) instead;
-- these indexes serve that (Agreement has one since 20261123140000_search_municipality_index).
CREATE INDEX IF NOT EXISTS "Document_lower_municipality_idx" ON "Document" (lower(municipality));
CREATE INDEX IF NOT EXISTS "Party_lower_municipality_idx" ON "Party" (lower(municipality));
CREATE INDEX IF NOT EXISTS "Role_lower_municipality_idx" ON "Role" (lower(municipality));
CREATE INDEX IF NOT EXISTS "Meeting_lower_municipality_idx" ON "Meeting" (lower(municipality));
CREATE INDEX IF NOT EXISTS "ProgressCycle_lower_municipality_idx" ON "ProgressCycle" (lower(municipality));
CREATE INDEX IF NOT EXISTS "ProgressReport_lower_municipality_idx" ON "ProgressReport" (lower(municipality));
CREATE INDEX IF NOT EXISTS "ProgressReportChange_lower_municipality_idx" ON "ProgressReportChange" (lower(municipality));
