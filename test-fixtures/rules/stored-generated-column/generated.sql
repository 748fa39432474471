-- fixture: --select stored-generated-column
-- expect: stored-generated-column
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED;

-- expect: stored-generated-column
ALTER TABLE "public"."people" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, ''))) STORED;

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    net numeric(12, 2) NOT NULL,
    gross numeric(12, 2) GENERATED ALWAYS AS (net * 1.2) STORED
);
ALTER TABLE invoices ADD COLUMN tax numeric(12, 2) GENERATED ALWAYS AS (net * 0.2) STORED;
ALTER TABLE orders ADD COLUMN total_cents_plain bigint;
