-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- account_events.id is a serial (int4) at 1.6 billion
-- verdict: safe
ALTER SEQUENCE account_events_id_seq AS bigint;

-- verdict: hazard table-rewrite
ALTER TABLE account_events ALTER COLUMN id TYPE bigint;

-- Validating a new domain constraint checks every accounts.email under lock
-- verdict: hazard full-scan-under-lock
ALTER DOMAIN email_address ADD CONSTRAINT email_no_spaces CHECK (VALUE !~ '\s');

-- verdict: safe
ALTER DOMAIN email_address ADD CONSTRAINT email_max_len CHECK (length(VALUE) <= 320) NOT VALID;

-- verdict: safe
COMMENT ON DOMAIN email_address IS 'RFC-ish email; see email_max_len (not yet validated)';

-- +goose Down
ALTER DOMAIN email_address DROP CONSTRAINT IF EXISTS email_max_len;

ALTER DOMAIN email_address DROP CONSTRAINT IF EXISTS email_no_spaces;
