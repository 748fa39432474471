ALTER TABLE accounts DROP COLUMN closed_at;
ALTER TABLE accounts DROP COLUMN status;
