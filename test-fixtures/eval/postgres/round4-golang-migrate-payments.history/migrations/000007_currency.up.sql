-- verdict: safe
SET lock_timeout = '3s';

-- char(n) -> text is a function cast (trailing blanks stripped), not binary coercible: rewrite.
-- verdict: hazard type-change-rewrite
ALTER TABLE payments ALTER COLUMN currency TYPE text;

-- verdict: safe
ALTER TABLE payments ADD CONSTRAINT payments_currency_len CHECK (length(currency) = 3) NOT VALID;
