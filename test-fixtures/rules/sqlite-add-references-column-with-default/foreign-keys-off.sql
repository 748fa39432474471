-- fixture: --dialect sqlite --select sqlite-add-references-column-with-default
-- foreign keys are off by default in SQLite: the column is added
ALTER TABLE tasks ADD COLUMN owner_id INTEGER NOT NULL DEFAULT 1 REFERENCES users (id);
PRAGMA foreign_keys = OFF;
ALTER TABLE tasks ADD COLUMN team_id INTEGER NOT NULL DEFAULT 1 REFERENCES teams (id);
