-- python manage.py sqlmigrate shop 0005
-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Rename field number on order to reference
--
-- verdict: hazard breaks-running-app
ALTER TABLE "shop_order" RENAME COLUMN "number" TO "reference";
--
-- Remove field legacy_ref from order
--
-- verdict: hazard breaks-running-app
ALTER TABLE "shop_order" DROP COLUMN "legacy_ref" CASCADE;
--
-- Raw SQL operation  (batched normalisation of SKUs)
--
-- COMMIT inside a DO block is not allowed when the migration runs inside BEGIN ... COMMIT.
-- verdict: hazard fails-in-transaction
DO $$
DECLARE
    batch_start bigint := 0;
    max_id bigint;
BEGIN
    SELECT max(id) INTO max_id FROM shop_orderline;
    WHILE batch_start <= max_id LOOP
        UPDATE shop_orderline
           SET sku = upper(sku)
         WHERE id > batch_start AND id <= batch_start + 10000
           AND sku <> upper(sku);
        batch_start := batch_start + 10000;
        COMMIT;
    END LOOP;
END
$$;
-- verdict: safe
COMMIT;
