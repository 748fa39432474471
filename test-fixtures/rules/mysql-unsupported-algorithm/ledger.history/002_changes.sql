-- fixture: --dialect mysql --select mysql-unsupported-algorithm
-- a type change needs ALGORITHM=COPY: MySQL refuses the pinned INPLACE
-- expect: mysql-unsupported-algorithm
ALTER TABLE payouts MODIFY amount_cents BIGINT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- expect: mysql-unsupported-algorithm
ALTER TABLE payouts MODIFY legacy_code CHAR(8) NULL, LOCK=NONE;
-- index builds are never INSTANT
-- expect: mysql-unsupported-algorithm
ALTER TABLE payouts ADD INDEX idx_payouts_note (note), ALGORITHM=INSTANT;
-- expect: mysql-unsupported-algorithm
ALTER TABLE payouts DROP PRIMARY KEY, ALGORITHM=INPLACE;
-- INSTANT-capable changes
ALTER TABLE payouts ADD COLUMN reference VARCHAR(36) NULL, ALGORITHM=INSTANT;
ALTER TABLE payouts RENAME COLUMN reference TO external_ref, ALGORITHM=INSTANT;
ALTER TABLE payouts ALTER COLUMN status SET DEFAULT 'paid', ALGORITHM=INSTANT;
ALTER TABLE payouts MODIFY status ENUM('pending', 'paid', 'failed') NOT NULL DEFAULT 'pending', ALGORITHM=INSTANT;
ALTER TABLE payouts DROP COLUMN legacy_code, ALGORITHM=INSTANT;
ALTER TABLE payouts RENAME INDEX idx_payouts_note TO idx_payouts_memo, ALGORITHM=INSTANT;
-- dropping an index is INPLACE only
-- expect: mysql-unsupported-algorithm
ALTER TABLE payouts DROP INDEX idx_payouts_memo, ALGORITHM=INSTANT;
-- index builds in place with concurrent DML: supported
ALTER TABLE payouts ADD UNIQUE INDEX uq_payouts_ref (external_ref), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE payouts ADD INDEX idx_payouts_status (status), LOCK=NONE;
-- a VARCHAR made longer within the same length prefix is in place
ALTER TABLE payouts MODIFY note VARCHAR(150) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- an explicit COPY is honoured (mysql-copy-alter-table reports the blocking copy)
ALTER TABLE payouts MODIFY amount_cents BIGINT NOT NULL, ALGORITHM=COPY;
