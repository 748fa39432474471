-- verdict: safe
SET lock_timeout = '4s';

-- drop + re-add in one ALTER: the new FK is validated immediately over all of entries
-- verdict: hazard blocks-writes
ALTER TABLE entries
    DROP CONSTRAINT entries_account_id_fkey,
    ADD CONSTRAINT entries_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT DEFERRABLE;

-- verdict: safe
ALTER TABLE entries ALTER CONSTRAINT entries_account_id_fkey DEFERRABLE INITIALLY DEFERRED;

-- verdict: safe
ALTER TABLE fx_rates SET (fillfactor = 90);

-- verdict: safe
ALTER TABLE entries ALTER COLUMN account_id SET STATISTICS 1000;

-- verdict: safe
ANALYZE entries;
