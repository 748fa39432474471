-- fixture: --pg-version 10
-- alembic upgrade :1a2b3c4d5e6f --sql
-- verdict: safe
BEGIN;

-- verdict: safe
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1a2b3c4d5e6f

-- verdict: safe
CREATE TYPE product_status AS ENUM ('active', 'discontinued');

-- verdict: safe
CREATE TABLE warehouses (
    id SERIAL NOT NULL, 
    code VARCHAR(16) NOT NULL, 
    name VARCHAR(120) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (code)
);

-- verdict: safe
CREATE TABLE products (
    id SERIAL NOT NULL, 
    sku VARCHAR(64) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    status product_status DEFAULT 'active' NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (sku)
);

-- verdict: safe
CREATE TABLE stock_levels (
    warehouse_id INTEGER NOT NULL, 
    product_id INTEGER NOT NULL, 
    quantity INTEGER DEFAULT 0 NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (warehouse_id, product_id), 
    FOREIGN KEY(warehouse_id) REFERENCES warehouses (id), 
    FOREIGN KEY(product_id) REFERENCES products (id)
);

-- verdict: safe
CREATE TABLE stock_movements (
    id BIGSERIAL NOT NULL, 
    warehouse_id INTEGER NOT NULL, 
    product_id INTEGER NOT NULL, 
    delta INTEGER NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(warehouse_id) REFERENCES warehouses (id), 
    FOREIGN KEY(product_id) REFERENCES products (id)
);

-- verdict: safe
CREATE INDEX ix_stock_movements_created_at ON stock_movements (created_at);

-- verdict: safe
INSERT INTO alembic_version (version_num) VALUES ('1a2b3c4d5e6f') RETURNING alembic_version.version_num;

-- verdict: safe
COMMIT;
