-- fixture: --select prefer-timestamptz,prefer-bigint,drop-column,drop-table
-- expect: drop-table (down)
DROP TABLE events;
