-- fixture: --dialect sqlite --select sqlite-add-column-non-constant-default
-- expect: sqlite-add-column-non-constant-default
ALTER TABLE `monitor` ADD `created_at` integer DEFAULT (strftime('%s', 'now'));
-- expect: sqlite-add-column-non-constant-default
ALTER TABLE posts ADD COLUMN published_at DATETIME DEFAULT CURRENT_TIMESTAMP;
-- expect: sqlite-add-column-non-constant-default
ALTER TABLE posts ADD COLUMN score INTEGER DEFAULT (1 + 1);
ALTER TABLE posts ADD COLUMN views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN status TEXT DEFAULT ('draft');
ALTER TABLE posts ADD COLUMN ratio REAL DEFAULT -1.5;
ALTER TABLE posts ADD COLUMN flag BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE posts ADD COLUMN raw BLOB DEFAULT x'00';
