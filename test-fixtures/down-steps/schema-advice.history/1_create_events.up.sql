-- fixture: --select prefer-timestamptz,prefer-bigint,drop-column,drop-table
-- Advice on the shape of new schema is for the migration that chooses it; a down step that re-creates an
-- earlier shape is not told again (the rules' downSteps = false).
-- expect: prefer-timestamptz
CREATE TABLE events (id bigint PRIMARY KEY, legacy_at timestamp);
