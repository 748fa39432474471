-- verdict: safe
BEGIN;
-- ChangeOrdersTotalCentsToBigint: change_column :orders, :total_cents, :bigint
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard table-rewrite
ALTER TABLE "orders" ALTER COLUMN "total_cents" TYPE bigint;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250506110000') RETURNING "version";
-- verdict: safe
COMMIT;
