-- migrate:up transaction:false
-- verdict: safe
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_currency_fkey;

-- migrate:down
SELECT 1;
