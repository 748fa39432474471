-- Flyway sees a statement that cannot run in a transaction and runs this migration without one.
-- verdict: safe
create unique index concurrently contacts_email_lower_key on contacts (lower(email));
