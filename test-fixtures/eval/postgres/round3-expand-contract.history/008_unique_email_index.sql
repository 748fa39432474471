-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY members_email_normalized_key ON members (email_normalized);
