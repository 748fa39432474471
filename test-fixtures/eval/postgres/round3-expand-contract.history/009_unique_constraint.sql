-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE members ADD CONSTRAINT members_email_normalized_key UNIQUE USING INDEX members_email_normalized_key;
