-- fixture: --select drop-table
-- expect: drop-table
DROP TABLE legacy_sessions;

-- expect: drop-table
DROP TABLE IF EXISTS "public"."OldInvoices", audit_log_2019 CASCADE;

CREATE TABLE import_batch (id bigint PRIMARY KEY, payload jsonb);
INSERT INTO import_batch SELECT id, data FROM staging;
DROP TABLE IF EXISTS import_batch;

CREATE TEMPORARY TABLE tmp_ids (id bigint);
DROP TABLE tmp_ids;
DROP INDEX IF EXISTS idx_legacy;
DROP VIEW IF EXISTS legacy_report;
