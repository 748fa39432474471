-- drizzle-orm's migrator applies every pending migration inside one transaction.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_created_at_idx" ON "events" USING btree ("created_at");
