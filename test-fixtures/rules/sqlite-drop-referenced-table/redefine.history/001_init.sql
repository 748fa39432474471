-- fixture: --dialect sqlite --select sqlite-drop-referenced-table
CREATE TABLE cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE items (id INTEGER PRIMARY KEY, cat_id INTEGER REFERENCES cats (id) ON DELETE CASCADE, name TEXT NOT NULL);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
