-- verdict: safe
ALTER TABLE notes ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

-- verdict: safe
ALTER TABLE notes ADD COLUMN color TEXT;

-- SQLite refuses ADD COLUMN with a non-constant default
-- verdict: hazard fails-non-constant-default
ALTER TABLE notebooks ADD COLUMN modified_at TEXT DEFAULT CURRENT_TIMESTAMP;

-- verdict: hazard fails-not-null-without-default
ALTER TABLE tags ADD COLUMN slug TEXT NOT NULL;

-- VIRTUAL generated columns can be added; STORED ones cannot
-- verdict: safe
ALTER TABLE notes ADD COLUMN word_count INTEGER GENERATED ALWAYS AS (length(body) - length(replace(body, ' ', '')) + 1) VIRTUAL;

-- verdict: safe
CREATE INDEX IF NOT EXISTS notes_pinned_idx ON notes (notebook_id, updated_at) WHERE pinned = 1;
