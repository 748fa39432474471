-- The column was added (and, we assume, backfilled by the application) in an earlier migration.
CREATE UNIQUE INDEX CONCURRENTLY articles_slug_key ON articles (slug);
