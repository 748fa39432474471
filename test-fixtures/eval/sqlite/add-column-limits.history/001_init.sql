-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);

-- verdict: safe
CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
