-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER DOMAIN positive_money ADD CONSTRAINT positive_money_positive CHECK (VALUE > 0) NOT VALID;

-- verdict: safe
COMMENT ON DOMAIN positive_money IS 'Amounts in the account currency, strictly positive';
