-- A different enum under a new name, with a plain cast: still a conversion of every row.
CREATE TYPE ticket_priority_v2 AS ENUM ('low', 'normal', 'high');
-- expect: column-type-change-rewrite
ALTER TABLE tickets ALTER COLUMN priority TYPE ticket_priority_v2 USING priority::text::ticket_priority_v2;
-- a USING that only names the column and its new type is the same as none: text -> varchar is a relabel
ALTER TABLE tickets ALTER COLUMN subject TYPE varchar USING subject::varchar;
