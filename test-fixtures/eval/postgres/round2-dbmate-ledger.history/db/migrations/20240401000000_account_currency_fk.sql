-- migrate:up
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
ALTER TABLE accounts DROP CONSTRAINT accounts_currency_fkey;
-- verdict: safe
ALTER TABLE accounts ADD CONSTRAINT accounts_currency_fkey FOREIGN KEY (currency) REFERENCES currencies (code) ON DELETE RESTRICT NOT VALID;
-- verdict: safe
ALTER TABLE ledger_entries ALTER COLUMN amount SET DEFAULT 0;

-- migrate:down
SELECT 1;
