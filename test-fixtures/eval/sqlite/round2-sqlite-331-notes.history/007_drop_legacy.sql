-- DROP COLUMN needs SQLite 3.35.
-- verdict: hazard unsupported-syntax
ALTER TABLE notes DROP COLUMN legacy_tag;
