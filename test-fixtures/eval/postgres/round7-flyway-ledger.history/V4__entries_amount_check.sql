-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE entries ADD CONSTRAINT entries_amount_nonzero CHECK (amount <> 0) NOT VALID;

-- same Flyway transaction: the ACCESS EXCLUSIVE lock taken just above is still held during the scan
-- verdict: hazard full-scan-under-lock
ALTER TABLE entries VALIDATE CONSTRAINT entries_amount_nonzero;

-- verdict: safe
COMMENT ON CONSTRAINT entries_amount_nonzero ON entries IS 'zero-amount entries are rejected by the API since v4.2';
