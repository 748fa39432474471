-- fixture: --select json-column-breaks-equality
-- expect: json-column-breaks-equality
ALTER TABLE orders ADD COLUMN metadata json;
-- expect: json-column-breaks-equality
ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS extra JSON NOT NULL DEFAULT '{}', ADD COLUMN note text;
-- expect: json-column-breaks-equality
ALTER TABLE orders ALTER COLUMN payload TYPE json USING payload::json;

-- jsonb has equality; a table created in this migration has no readers yet.
ALTER TABLE orders ADD COLUMN attributes jsonb;
CREATE TABLE events (id bigint PRIMARY KEY);
ALTER TABLE events ADD COLUMN body json;
CREATE TABLE drafts (id bigint PRIMARY KEY, body json);
