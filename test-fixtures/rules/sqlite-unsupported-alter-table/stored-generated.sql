-- fixture: --dialect sqlite --select sqlite-unsupported-alter-table
-- expect: sqlite-unsupported-alter-table
ALTER TABLE notes ADD COLUMN body_len INTEGER GENERATED ALWAYS AS (length(body)) STORED;

ALTER TABLE notes ADD COLUMN title_len INTEGER GENERATED ALWAYS AS (length(title)) VIRTUAL;
ALTER TABLE notes ADD COLUMN slug TEXT AS (lower(title));
