-- fixture: --select prefer-timestamptz,prefer-bigint,drop-column,drop-table
-- The rollback restores the column as the first migration made it: no prefer-timestamptz here.
ALTER TABLE events ADD COLUMN legacy_at timestamp;
-- Nor prefer-bigint on a table the rollback re-creates.
CREATE TABLE old_links (id integer PRIMARY KEY, event_id integer REFERENCES events (id));
