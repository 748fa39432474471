-- Every statement is a catalog change (or a point update): nothing slow runs while accounts is locked.
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN status text NOT NULL DEFAULT 'active';
ALTER TABLE ledger_entries ALTER COLUMN memo TYPE varchar(200);
ALTER TABLE ledger_entries ALTER COLUMN amount TYPE numeric(12,2);
ALTER TABLE ledger_entries ALTER COLUMN amount SET DEFAULT 0;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_amount_check CHECK (amount >= 0) NOT VALID;
ALTER TABLE accounts ADD CONSTRAINT accounts_currency_fkey FOREIGN KEY (currency) REFERENCES currencies (code) NOT VALID;
UPDATE currencies SET name = 'U.S. dollar' WHERE code = 'USD';
DROP INDEX IF EXISTS ledger_entries_memo_idx;
