-- fixture: --select prefer-timestamptz,prefer-bigint,drop-column,drop-table
-- expect: drop-column
ALTER TABLE events DROP COLUMN legacy_at;
