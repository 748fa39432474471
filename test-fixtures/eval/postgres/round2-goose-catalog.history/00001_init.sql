-- +goose Up
-- verdict: safe
CREATE TYPE product_state AS ENUM ('draft', 'active');

-- verdict: safe
CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(32) NOT NULL,
    title       text NOT NULL,
    price_cents integer NOT NULL,
    qty         integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE categories (
    id   serial PRIMARY KEY,
    name text NOT NULL
);

-- verdict: safe
CREATE UNIQUE INDEX products_sku_key ON products (sku);

-- verdict: safe
-- +goose StatementBegin
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION touch_updated_at();
DROP TABLE categories;
DROP TABLE products;
DROP TYPE product_state;
