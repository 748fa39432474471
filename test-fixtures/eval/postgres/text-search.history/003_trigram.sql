-- verdict: safe
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- verdict: hazard blocking-index-build
CREATE INDEX articles_title_trgm_idx ON articles USING gin (title gin_trgm_ops);

-- verdict: safe
CREATE INDEX CONCURRENTLY articles_body_trgm_idx ON articles USING gin (body gin_trgm_ops);
