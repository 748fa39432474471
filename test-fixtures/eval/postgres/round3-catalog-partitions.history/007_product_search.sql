-- verdict: safe
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- verdict: safe
CREATE INDEX CONCURRENTLY products_title_trgm_idx ON catalog.products USING gin (title gin_trgm_ops);

-- verdict: safe
COMMENT ON INDEX catalog.products_title_trgm_idx IS 'search-as-you-type on product titles';
