-- verdict: safe
PRAGMA foreign_keys = OFF;

-- verdict: safe
DROP VIEW streaks;

-- verdict: safe
CREATE TABLE checkins_new (
    id        INTEGER PRIMARY KEY,
    habit_id  INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
    day       TEXT NOT NULL,
    mood      INTEGER,
    note      TEXT DEFAULT 'n/a',
    source    TEXT NOT NULL
);

-- The new NOT NULL column "source" has no default and is not filled: NOT NULL constraint failed.
-- verdict: hazard not-null-copy-fails
INSERT INTO checkins_new (id, habit_id, day, mood, note) SELECT id, habit_id, day, mood, note FROM checkins;

-- verdict: safe
DROP TABLE checkins;

-- verdict: safe
ALTER TABLE checkins_new RENAME TO checkins;

-- verdict: safe
CREATE INDEX checkins_habit_day ON checkins (habit_id, day);

-- verdict: safe
CREATE VIEW streaks AS SELECT habit_id, count(*) AS days FROM checkins GROUP BY habit_id;

-- verdict: safe
PRAGMA foreign_keys = ON;
