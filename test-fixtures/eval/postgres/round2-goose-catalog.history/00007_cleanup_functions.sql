-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '2s';

-- verdict: safe
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION purge_import_tables() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    DROP TABLE IF EXISTS tmp_import;
    TRUNCATE products;
    ALTER TABLE products DROP COLUMN title;
END;
$fn$;
-- +goose StatementEnd

-- verdict: hazard data-loss
-- +goose StatementBegin
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'categories') THEN
        DROP TABLE categories;
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION purge_import_tables();
