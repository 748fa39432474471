-- fixture: --select backfill-in-ddl-transaction
CREATE TABLE currencies (code char(3) PRIMARY KEY, name text NOT NULL);
CREATE TABLE deals (id bigserial PRIMARY KEY, external_ref text, stage text);
CREATE UNIQUE INDEX deals_external_ref_key ON deals (external_ref);
CREATE TABLE audit_events (event_uuid uuid NOT NULL, kind text);
