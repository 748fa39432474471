-- expect: sqlite-drop-column-in-use
ALTER TABLE posts DROP COLUMN category;
-- expect: sqlite-drop-column-in-use
ALTER TABLE posts DROP COLUMN slug;
-- expect: sqlite-drop-column-in-use
ALTER TABLE posts DROP COLUMN author_id;
-- expect: sqlite-drop-column-in-use
ALTER TABLE posts DROP COLUMN state;
-- expect: sqlite-drop-column-in-use
ALTER TABLE posts DROP COLUMN id;
ALTER TABLE posts DROP COLUMN legacy;
