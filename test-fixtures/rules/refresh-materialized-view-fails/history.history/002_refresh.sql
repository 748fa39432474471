-- expect: refresh-materialized-view-fails
REFRESH MATERIALIZED VIEW CONCURRENTLY customer_totals;
-- expect: refresh-materialized-view-fails
REFRESH MATERIALIZED VIEW daily_totals WITH NO DATA;

-- A unique index makes CONCURRENTLY work; plain refreshes are another rule's business.
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;
REFRESH MATERIALIZED VIEW customer_totals;
REFRESH MATERIALIZED VIEW customer_totals WITH DATA;
CREATE UNIQUE INDEX customer_totals_key ON customer_totals (customer_id);
REFRESH MATERIALIZED VIEW CONCURRENTLY customer_totals;
-- A view created in this migration has no readers yet.
CREATE MATERIALIZED VIEW staging_totals AS SELECT 1 AS one;
REFRESH MATERIALIZED VIEW staging_totals WITH NO DATA;
-- Unknown to the history (indexes unknown): not concluded.
REFRESH MATERIALIZED VIEW CONCURRENTLY legacy_totals;
