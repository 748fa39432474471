-- fixture: --select missing-lock-timeout
-- SET STORAGE may add a TOAST table: ACCESS EXCLUSIVE, unlike the planner settings before it.
ALTER TABLE app.sessions SET WITHOUT CLUSTER;
-- expect: missing-lock-timeout
ALTER TABLE app.sessions ALTER COLUMN user_agent SET STORAGE EXTERNAL;
