-- PostgreSQL 12: ADD VALUE may run inside the migration's transaction.
-- verdict: safe
ALTER TYPE event_level ADD VALUE 'error';
