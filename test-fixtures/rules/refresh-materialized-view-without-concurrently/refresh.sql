-- fixture: --select refresh-materialized-view-without-concurrently
-- expect: refresh-materialized-view-without-concurrently
REFRESH MATERIALIZED VIEW daily_sales;

-- expect: refresh-materialized-view-without-concurrently
REFRESH MATERIALIZED VIEW reporting."MonthlyRevenue" WITH DATA;

REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;

REFRESH MATERIALIZED VIEW daily_sales WITH NO DATA;
