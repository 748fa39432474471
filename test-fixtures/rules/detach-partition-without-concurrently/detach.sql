-- fixture: --select detach-partition-without-concurrently
-- expect: detach-partition-without-concurrently
ALTER TABLE measurements DETACH PARTITION measurements_y2022;

-- expect: detach-partition-without-concurrently
ALTER TABLE ONLY public.events DETACH PARTITION public.events_2023_01;

ALTER TABLE measurements DETACH PARTITION measurements_y2023 CONCURRENTLY;

ALTER TABLE measurements DETACH PARTITION measurements_y2023 FINALIZE;

ALTER TABLE measurements ATTACH PARTITION measurements_y2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
