-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE members
    ADD CONSTRAINT members_email_normalized_not_null CHECK (email_normalized IS NOT NULL) NOT VALID;
