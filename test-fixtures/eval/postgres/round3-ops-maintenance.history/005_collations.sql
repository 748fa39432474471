-- verdict: safe
SET lock_timeout = '3s';

-- No index on rooms.name: a collation change alone is binary compatible, no rewrite.
-- verdict: safe
ALTER TABLE rooms ALTER COLUMN name TYPE text COLLATE "C";

-- rooms_code_idx must be rebuilt for the new sort order while ACCESS EXCLUSIVE is held.
-- verdict: hazard index-rebuild
ALTER TABLE rooms ALTER COLUMN code TYPE varchar(16) COLLATE "C";
