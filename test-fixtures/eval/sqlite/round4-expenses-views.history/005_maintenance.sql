-- verdict: safe
BEGIN;

-- verdict: safe
DELETE FROM expenses WHERE spent_on < '2015-01-01';

-- "cannot VACUUM from within a transaction"
-- verdict: hazard vacuum-in-transaction
VACUUM;

-- verdict: safe
COMMIT;

-- verdict: safe
PRAGMA optimize;

-- verdict: safe
DROP INDEX IF EXISTS expenses_category_id;

-- verdict: safe
REINDEX expenses_account_id;
