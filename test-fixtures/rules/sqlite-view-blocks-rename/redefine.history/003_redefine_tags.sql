-- A trigger on notes names tags: the same failure.
CREATE TABLE new_tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL DEFAULT '');
INSERT INTO new_tags (id, label) SELECT id, coalesce(label, '') FROM tags;
DROP TABLE tags;
-- expect: sqlite-view-blocks-rename
ALTER TABLE new_tags RENAME TO tags;
