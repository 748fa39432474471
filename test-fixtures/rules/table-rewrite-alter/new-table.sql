-- fixture: --select table-rewrite-alter
CREATE TABLE import_staging (id bigint, raw text);
ALTER TABLE import_staging SET UNLOGGED;
ALTER TABLE import_staging SET TABLESPACE bulk_disk;
