-- fixture: --select reindex-without-concurrently
CREATE TABLE staging_rows (id bigint PRIMARY KEY, payload jsonb);
CREATE INDEX staging_rows_payload_idx ON staging_rows USING gin (payload);
REINDEX TABLE staging_rows;
REINDEX INDEX staging_rows_payload_idx;
