-- fixture: --select unique-index-on-uniform-column
ALTER TABLE articles ADD COLUMN slug text NOT NULL DEFAULT '';
