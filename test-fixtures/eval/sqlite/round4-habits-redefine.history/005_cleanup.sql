-- The column is indexed: "error in index checkins_habit_day ... cannot drop column"; and data loss anyway.
-- verdict: hazard data-loss
ALTER TABLE checkins DROP COLUMN day;

-- verdict: hazard data-loss
DELETE FROM checkins;

-- verdict: safe
DELETE FROM checkins WHERE day < '2020-01-01';

-- verdict: safe
DROP INDEX IF EXISTS checkins_habit_day;

-- verdict: safe
DROP VIEW streaks;
