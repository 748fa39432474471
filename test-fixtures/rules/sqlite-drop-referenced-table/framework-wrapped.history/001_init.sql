-- fixture: --dialect sqlite --assume-in-transaction --select sqlite-drop-referenced-table
CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES folders (id), body TEXT);
