-- verdict: hazard auto-increment-column
ALTER TABLE import_batches ADD COLUMN id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
-- verdict: safe
ALTER TABLE import_batches DROP PRIMARY KEY, ADD PRIMARY KEY (id, batch_id);
-- verdict: hazard drop-primary-key
ALTER TABLE shipments DROP PRIMARY KEY;
