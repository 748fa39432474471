-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY accounts_id_uidx ON accounts (id);

-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_uidx ON accounts (email);
