-- verdict: safe
PRAGMA foreign_keys = OFF;

-- verdict: safe
CREATE TABLE habits_new (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    cadence    TEXT NOT NULL DEFAULT 'daily' CHECK (cadence IN ('daily', 'weekly')),
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- verdict: safe
INSERT INTO habits_new (id, name, cadence, archived, created_at)
    SELECT id, name, cadence, archived, created_at FROM habits;

-- The copy leaves out "reminder": its data is gone with the old table.
-- verdict: hazard data-loss
DROP TABLE habits;

-- verdict: safe
ALTER TABLE habits_new RENAME TO habits;

-- verdict: safe
PRAGMA foreign_keys = ON;
