-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
ALTER TABLE events ALTER COLUMN title TYPE varchar(300);
-- verdict: hazard type-rewrite
ALTER TABLE organizers ALTER COLUMN name TYPE varchar(60);
-- verdict: hazard type-rewrite
ALTER TABLE registrations ALTER COLUMN seats TYPE bigint;
-- verdict: safe
ALTER TABLE events ALTER COLUMN status TYPE text;
-- verdict: hazard type-rewrite
ALTER TABLE events ALTER COLUMN starts_at TYPE timestamptz;
