DROP INDEX IF EXISTS samples_host_id_idx;
