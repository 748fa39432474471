-- fixture: --dialect sqlite --assume-in-transaction --select sqlite-pragma-ignored-in-transaction
CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE tasks (id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE);
