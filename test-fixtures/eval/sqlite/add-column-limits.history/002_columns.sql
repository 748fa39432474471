-- verdict: hazard non-constant-default
ALTER TABLE notes ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;

-- verdict: hazard unique-column-add-fails
ALTER TABLE notes ADD COLUMN slug TEXT UNIQUE;

-- verdict: safe
ALTER TABLE notes ADD COLUMN color TEXT DEFAULT 'yellow';

-- verdict: safe
ALTER TABLE notes ADD COLUMN folder_id INTEGER REFERENCES folders(id);

-- verdict: hazard stored-generated-column-add-fails
ALTER TABLE notes ADD COLUMN body_len INTEGER GENERATED ALWAYS AS (length(body)) STORED;

-- verdict: safe
ALTER TABLE notes ADD COLUMN body_upper TEXT GENERATED ALWAYS AS (upper(body)) VIRTUAL;

-- verdict: hazard not-null-without-default
ALTER TABLE folders ADD COLUMN position INTEGER NOT NULL;

-- verdict: safe
ALTER TABLE folders ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
