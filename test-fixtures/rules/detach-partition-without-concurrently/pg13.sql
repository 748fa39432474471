-- fixture: --select detach-partition-without-concurrently --pg-version 13
-- Before PostgreSQL 14 there is no concurrent detach: nothing to suggest.
ALTER TABLE measurements DETACH PARTITION measurements_y2022;
