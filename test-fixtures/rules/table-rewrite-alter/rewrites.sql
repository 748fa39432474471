-- fixture: --select table-rewrite-alter
-- expect: table-rewrite-alter
ALTER TABLE events SET TABLESPACE fast_ssd;

-- expect: table-rewrite-alter
ALTER TABLE public.page_views SET LOGGED;

-- expect: table-rewrite-alter
ALTER TABLE cache_entries SET UNLOGGED;

ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.01);

ALTER TABLE events ALTER COLUMN payload SET STATISTICS 500;
