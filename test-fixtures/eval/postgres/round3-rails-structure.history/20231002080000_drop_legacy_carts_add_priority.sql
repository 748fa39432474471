-- verdict: safe
BEGIN;
-- verdict: safe
SET lock_timeout TO '10s';
-- Renamed away one release ago; still the data-loss step.
-- verdict: hazard data-loss
DROP TABLE "legacy_carts_deprecated";
-- verdict: safe
CREATE TYPE "order_priority" AS ENUM ('low', 'normal', 'high');
-- verdict: safe
ALTER TABLE "orders" ADD "priority" "order_priority" DEFAULT 'normal' NOT NULL;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20231002080000');
-- verdict: safe
COMMIT;
