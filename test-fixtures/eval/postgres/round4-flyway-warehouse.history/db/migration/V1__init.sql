-- verdict: safe
CREATE SEQUENCE pick_list_no_seq;

-- verdict: safe
CREATE TABLE warehouses (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL
);

-- verdict: safe
CREATE TABLE stock_items (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warehouse_id bigint NOT NULL REFERENCES warehouses (id),
    sku          text NOT NULL,
    quantity     integer NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE pick_lists (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stock_item_id bigint NOT NULL,
    picked_by  text
);

-- verdict: safe
INSERT INTO warehouses (code, name) VALUES ('AMS1', 'Amsterdam'), ('FRA1', 'Frankfurt'), ('DUB1', 'Dublin');
