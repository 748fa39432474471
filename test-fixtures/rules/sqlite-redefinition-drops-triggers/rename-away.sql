-- fixture: --dialect sqlite --select sqlite-redefinition-drops-triggers
CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, updated_at INTEGER);
CREATE TRIGGER notes_touch AFTER UPDATE OF title ON notes BEGIN UPDATE notes SET updated_at = unixepoch() WHERE id = NEW.id; END;
ALTER TABLE notes RENAME TO notes_old;
CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', updated_at INTEGER);
INSERT INTO notes (id, title, updated_at) SELECT id, COALESCE(title, ''), updated_at FROM notes_old;
-- expect: sqlite-redefinition-drops-triggers
DROP TABLE notes_old;
