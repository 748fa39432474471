-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard table-rewrite
ALTER TABLE products
    ADD COLUMN weight_grams integer,
    ALTER COLUMN price_cents TYPE bigint,
    ALTER COLUMN title SET DEFAULT '';
-- verdict: safe
ALTER TABLE products
    ADD COLUMN description text,
    ALTER COLUMN sku TYPE varchar(64),
    ALTER COLUMN qty SET DEFAULT 1;
-- verdict: hazard volatile-default
ALTER TABLE IF EXISTS ONLY products ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- +goose Down
ALTER TABLE products DROP COLUMN public_id, DROP COLUMN description, DROP COLUMN weight_grams;
