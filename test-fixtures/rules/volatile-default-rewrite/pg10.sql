-- fixture: --select volatile-default-rewrite --pg-version 10
-- expect: volatile-default-rewrite
ALTER TABLE orders ADD COLUMN archived boolean NOT NULL DEFAULT false;

ALTER TABLE orders ADD COLUMN note text DEFAULT NULL;
ALTER TABLE orders ADD COLUMN memo text;
