-- 12-step table rebuild to add a CHECK on notebooks.title
-- verdict: safe
PRAGMA foreign_keys = ON;

-- verdict: safe
BEGIN;

-- no-op: foreign_keys cannot be changed inside a transaction, enforcement stays ON
-- (judged by the engine, session 10: this statement changes nothing; the harm is at the DROP TABLE below, labelled there)
-- verdict: safe
PRAGMA foreign_keys = OFF;

-- verdict: safe
CREATE TABLE notebooks_new (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- verdict: safe
INSERT INTO notebooks_new (id, title, created_at)
SELECT id, substr(title, 1, 200), created_at FROM notebooks;

-- with enforcement still ON, DROP TABLE runs an implicit DELETE: ON DELETE CASCADE wipes notes and note_tags
-- verdict: hazard data-loss
DROP TABLE notebooks;

-- verdict: safe
ALTER TABLE notebooks_new RENAME TO notebooks;

-- verdict: safe
PRAGMA foreign_key_check;

-- verdict: safe
COMMIT;

-- verdict: safe
PRAGMA foreign_keys = ON;
