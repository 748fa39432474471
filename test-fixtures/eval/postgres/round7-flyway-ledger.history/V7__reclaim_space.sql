-- after the archive purge; entries is read and written all day
-- verdict: hazard table-rewrite
VACUUM FULL entries;
