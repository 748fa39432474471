-- fixture: --dialect sqlite --select sqlite-pragma-ignored-in-transaction
CREATE TABLE notebooks (id INTEGER PRIMARY KEY, title TEXT);
CREATE TABLE notes (id INTEGER PRIMARY KEY, notebook_id INTEGER REFERENCES notebooks (id) ON DELETE CASCADE);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);
