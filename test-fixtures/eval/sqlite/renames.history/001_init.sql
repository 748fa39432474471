-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE people (id INTEGER PRIMARY KEY, fullname TEXT NOT NULL);

-- verdict: safe
CREATE TABLE pets (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL, name TEXT);
