-- verdict: safe
CREATE TABLE habits (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    cadence    TEXT NOT NULL DEFAULT 'daily',
    reminder   TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- verdict: safe
CREATE TABLE checkins (
    id       INTEGER PRIMARY KEY,
    habit_id INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
    day      TEXT NOT NULL,
    mood     INTEGER
);

-- verdict: safe
CREATE INDEX checkins_habit_day ON checkins (habit_id, day);

-- verdict: safe
CREATE VIEW streaks AS SELECT habit_id, count(*) AS days FROM checkins GROUP BY habit_id;
