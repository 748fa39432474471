-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS leads_email_idx ON leads (lower(email));
