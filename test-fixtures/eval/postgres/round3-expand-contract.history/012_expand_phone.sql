-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE members ADD COLUMN phone_e164 varchar(16);

-- verdict: safe
COMMENT ON COLUMN members.phone_e164 IS 'E.164 phone number; replaces phone';
