-- migrate:up
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE accounts ADD COLUMN status text NOT NULL DEFAULT 'active';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE ledger_entries ALTER COLUMN memo TYPE varchar(200);
-- Same transaction as the ALTER of ledger_entries above: its ACCESS EXCLUSIVE lock is held for the whole update.
-- verdict: hazard backfill-in-transaction
UPDATE ledger_entries SET memo = '' WHERE memo IS NULL;
-- verdict: safe
UPDATE currencies SET name = 'U.S. dollar' WHERE code = 'USD';

-- migrate:down
ALTER TABLE accounts DROP COLUMN status;
