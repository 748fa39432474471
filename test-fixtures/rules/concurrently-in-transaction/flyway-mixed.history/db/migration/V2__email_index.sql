-- Alone in its migration: Flyway runs it outside a transaction.
create index concurrently contacts_email_idx on contacts (email);
