-- fixture: --select drop-schema
-- expect: drop-schema
DROP SCHEMA reporting CASCADE;

-- expect: drop-schema
DROP SCHEMA IF EXISTS "Staging";

CREATE SCHEMA scratch;
DROP SCHEMA scratch;
