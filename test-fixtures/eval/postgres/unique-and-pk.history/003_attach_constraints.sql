-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_uidx;

-- verdict: safe
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_uidx;
