-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, updated_at TEXT);

-- verdict: safe
INSERT INTO items (name) VALUES ('first'), ('second');
