-- verdict: safe
SET foreign_key_checks = 0;
-- verdict: safe
ALTER TABLE transfers ADD CONSTRAINT fk_transfers_from FOREIGN KEY (from_account) REFERENCES accounts (id);
-- verdict: safe
SET foreign_key_checks = 1;
-- verdict: hazard fk-copy
ALTER TABLE transfers ADD CONSTRAINT fk_transfers_to FOREIGN KEY (to_account) REFERENCES accounts (id);
