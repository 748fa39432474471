-- verdict: safe
DROP TRIGGER IF EXISTS trg_entries_ai;
-- verdict: hazard data-loss
ALTER TABLE accounts DROP COLUMN note;
-- verdict: hazard rename
ALTER TABLE transfers CHANGE from_account source_account BIGINT NOT NULL;
-- verdict: safe
ALTER TABLE transfers DROP FOREIGN KEY fk_transfers_to;
-- verdict: hazard data-loss
DROP TABLE transfers;
