-- fixture: --select column-type-change-rewrite
-- the history does not show these tables: the old type is unknown, most changes rewrite

-- expect: column-type-change-rewrite
ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;

-- expect: column-type-change-rewrite
ALTER TABLE "Orders" ALTER COLUMN "Total" SET DATA TYPE numeric(12,2), ALTER COLUMN note TYPE text;

CREATE TABLE line_items (id bigint PRIMARY KEY, qty integer NOT NULL);
ALTER TABLE line_items ALTER COLUMN qty TYPE bigint;
