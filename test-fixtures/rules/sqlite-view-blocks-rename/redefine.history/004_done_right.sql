-- The view is dropped first and created again after the rename: fine.
DROP VIEW note_summary;
DROP TRIGGER notes_touch;
CREATE TABLE new_notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', folder_id INTEGER REFERENCES folders (id));
INSERT INTO new_notes (id, title, folder_id) SELECT id, coalesce(title, ''), folder_id FROM notes;
DROP TABLE notes;
ALTER TABLE new_notes RENAME TO notes;
CREATE VIEW note_summary AS SELECT n.id, n.title, f.name AS folder FROM notes n LEFT JOIN folders f ON f.id = n.folder_id;
ALTER TABLE notes RENAME COLUMN title TO heading;
