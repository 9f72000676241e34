-- Full-text search over the Dutch-analysed fields that qa/ writes into "searchTitle" and "searchBody".
-- The text is already stemmed and split by our own analyser, so the 'simple' configuration only
-- tokenises it; this keeps PGlite and PostgreSQL identical. "searchBody" holds three parts separated
-- by ' | ': this year's text, the multi-year text, and chapter/parties.
-- Weights: A = title, B = this-year text, C = multi-year text, D = chapter and parties.
ALTER TABLE "Agreement" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, coalesce("searchTitle", '')), 'A') ||
  setweight(to_tsvector('simple'::regconfig, split_part(coalesce("searchBody", ''), ' | ', 1)), 'B') ||
  setweight(to_tsvector('simple'::regconfig, split_part(coalesce("searchBody", ''), ' | ', 2)), 'C') ||
  setweight(to_tsvector('simple'::regconfig, split_part(coalesce("searchBody", ''), ' | ', 3)), 'D')
) STORED;

CREATE INDEX "Agreement_searchVector_idx" ON "Agreement" USING GIN ("searchVector");
