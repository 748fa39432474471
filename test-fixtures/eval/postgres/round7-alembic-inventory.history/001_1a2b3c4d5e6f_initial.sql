-- fixture: --pg-version 11
-- alembic upgrade head --sql  (offline mode), PostgreSQL 11 server
-- verdict: safe
BEGIN;

-- verdict: safe
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1a2b3c4d5e6f

-- verdict: safe
CREATE TYPE stock_state AS ENUM ('in_stock', 'backorder', 'discontinued');

-- verdict: safe
CREATE TABLE warehouses (
    id SERIAL NOT NULL, 
    code VARCHAR(10) NOT NULL, 
    city VARCHAR(80), 
    PRIMARY KEY (id), 
    UNIQUE (code)
);

-- verdict: safe
CREATE TABLE stock_items (
    id SERIAL NOT NULL, 
    warehouse_id INTEGER, 
    sku VARCHAR(40) NOT NULL, 
    qty INTEGER NOT NULL, 
    state stock_state NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(warehouse_id) REFERENCES warehouses (id)
);

-- verdict: safe
INSERT INTO alembic_version (version_num) VALUES ('1a2b3c4d5e6f') RETURNING alembic_version.version_num;

-- verdict: safe
COMMIT;
