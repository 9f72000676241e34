-- Search restricts to municipalities case-insensitively (lower(municipality) = ANY(...)); this index lets
-- that filter pick a municipality's rows directly instead of checking every full-text match.
CREATE INDEX "Agreement_lower_municipality_idx" ON "Agreement" (lower(municipality));
