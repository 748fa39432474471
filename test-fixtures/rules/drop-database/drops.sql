-- fixture: --select drop-database
-- expect: drop-database
DROP DATABASE analytics;

-- expect: drop-database
DROP DATABASE IF EXISTS "legacy_app";

CREATE SCHEMA IF NOT EXISTS analytics;
