-- The statements SQLite rejects target notebooks; notes is rebuilt in 005 from the columns that really exist.
-- verdict: safe
ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
-- verdict: hazard unsupported-add-column
ALTER TABLE notebooks ADD COLUMN updated_at TEXT DEFAULT CURRENT_TIMESTAMP;
-- verdict: hazard unsupported-add-column
ALTER TABLE notebooks ADD COLUMN slug TEXT DEFAULT (lower('untitled'));
-- verdict: hazard unsupported-add-column
ALTER TABLE notebooks ADD COLUMN rank INTEGER NOT NULL;
-- verdict: safe
ALTER TABLE notes ADD COLUMN author_id INTEGER REFERENCES notebooks (id);
-- Generated columns arrived in 3.31.0; a VIRTUAL one may be added.
-- verdict: safe
ALTER TABLE notes ADD COLUMN body_len INTEGER GENERATED ALWAYS AS (length(body)) VIRTUAL;
-- verdict: hazard unsupported-add-column
ALTER TABLE notebooks ADD COLUMN body_upper TEXT GENERATED ALWAYS AS (upper(title)) STORED;
-- verdict: hazard unsupported-add-column
ALTER TABLE notebooks ADD COLUMN external_id TEXT UNIQUE;
