SET lock_timeout = '5s';
-- pg_cast's binary-coercible pairs (derived from the engine): no rewrite, and no index on these columns to rebuild
ALTER TABLE accounts ALTER COLUMN email TYPE citext;
ALTER TABLE accounts ALTER COLUMN handle TYPE text;
ALTER TABLE accounts ALTER COLUMN login TYPE citext;
ALTER TABLE accounts ALTER COLUMN net TYPE inet;
-- a higher or no precision of an interval is a no-op
ALTER TABLE accounts ALTER COLUMN ttl TYPE interval(6);
ALTER TABLE accounts ALTER COLUMN ttl TYPE interval;
-- a lower precision rounds every value
-- expect: column-type-change-rewrite
ALTER TABLE accounts ALTER COLUMN grace TYPE interval(2);
-- citext and text have different operator classes: the index on nick is rebuilt
-- expect: column-type-change-rewrite
ALTER TABLE accounts ALTER COLUMN nick TYPE text;
-- binary coercible, but the new length is checked on every value
-- expect: column-type-change-rewrite
ALTER TABLE accounts ALTER COLUMN handle TYPE varchar(20);
-- integer to oid is binary coercible too (pg_cast): a relabel
ALTER TABLE accounts ALTER COLUMN uid TYPE oid;
