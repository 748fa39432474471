-- verdict: safe
BEGIN;
-- verdict: safe
ALTER TYPE "order_priority" ADD VALUE 'urgent' AFTER 'high';
-- The new label cannot be used before the transaction that added it commits.
-- verdict: hazard enum-value-same-transaction
UPDATE "orders" SET "priority" = 'urgent' WHERE "id" = 48213;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20231115090000');
-- verdict: safe
COMMIT;
