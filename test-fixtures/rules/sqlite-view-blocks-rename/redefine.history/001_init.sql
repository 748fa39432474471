-- fixture: --dialect sqlite --select sqlite-view-blocks-rename
CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, folder_id INTEGER REFERENCES folders (id));
CREATE VIEW note_summary AS SELECT n.id, n.title, f.name AS folder FROM notes n LEFT JOIN folders f ON f.id = n.folder_id;
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);
CREATE TRIGGER notes_touch AFTER UPDATE ON notes BEGIN UPDATE tags SET label = label WHERE id = NEW.id; END;
