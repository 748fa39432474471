-- fixture: --select attach-partition-scan
-- Tables the history does not show may hold rows.
SET lock_timeout = '5s';
-- expect: attach-partition-scan
ALTER TABLE public.orders ATTACH PARTITION public.orders_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- a table emptied in this migration reads nothing
TRUNCATE public.orders_2024_staging;
ALTER TABLE public.orders ATTACH PARTITION public.orders_2024_staging FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- a DETACH is another rule's business
ALTER TABLE public.orders DETACH PARTITION public.orders_2022 CONCURRENTLY;
