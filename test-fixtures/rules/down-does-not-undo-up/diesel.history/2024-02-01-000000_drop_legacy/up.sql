-- expect: down-does-not-undo-up
ALTER TABLE accounts DROP COLUMN legacy;
-- expect: down-does-not-undo-up
DROP TABLE legacy_log;
ALTER TABLE accounts ADD COLUMN email text;
