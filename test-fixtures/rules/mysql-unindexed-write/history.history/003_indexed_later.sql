ALTER TABLE events ADD INDEX ix_kind (kind);
CREATE INDEX ix_status ON accounts (status);
-- both now seek an index
UPDATE events SET payload = NULL WHERE kind = 'debug';
UPDATE accounts SET note = 'legacy' WHERE status = 'legacy';
-- a table created in this migration has no rows yet
CREATE TABLE imports (id BIGINT PRIMARY KEY, state VARCHAR(10));
UPDATE imports SET state = 'new' WHERE state IS NULL;
