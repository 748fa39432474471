-- fixture: --select column-type-change-rewrite
CREATE TABLE inventory.items (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku        varchar(40) NOT NULL,
    title      text NOT NULL,
    notes      text,
    barcode    text COLLATE "C",
    country    char(2) NOT NULL,
    CONSTRAINT items_country_barcode_key UNIQUE (country, barcode)
);
CREATE UNIQUE INDEX items_sku_key ON inventory.items (sku);
CREATE INDEX items_title_idx ON inventory.items (title);
