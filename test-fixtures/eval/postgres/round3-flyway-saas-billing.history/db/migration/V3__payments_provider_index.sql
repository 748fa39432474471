-- Runs outside a transaction: Flyway detects CONCURRENTLY and the script holds nothing else.
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_provider_ref_idx ON payments (provider, provider_ref);
