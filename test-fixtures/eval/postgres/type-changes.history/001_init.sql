-- verdict: safe
CREATE TABLE products (
    id           integer PRIMARY KEY,
    sku          varchar(32) NOT NULL,
    title        varchar(100),
    description  varchar(500),
    price        numeric(8, 2),
    weight       real,
    stock        integer,
    tags         text,
    legacy_code  char(8)
);
