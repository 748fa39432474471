-- verdict: hazard not-null-without-default
ALTER TABLE habits ADD COLUMN color TEXT NOT NULL DEFAULT NULL;

-- verdict: hazard non-constant-default
ALTER TABLE habits ADD COLUMN seed INTEGER DEFAULT (random());

-- verdict: hazard unique-column
ALTER TABLE habits ADD COLUMN slug TEXT COLLATE NOCASE UNIQUE;

-- verdict: safe
ALTER TABLE habits ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

-- verdict: safe
ALTER TABLE checkins ADD COLUMN note TEXT DEFAULT 'n/a';
