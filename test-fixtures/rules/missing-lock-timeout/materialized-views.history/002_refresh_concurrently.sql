-- EXCLUSIVE on a materialized view blocks only other refreshes: reads go on and nothing else writes it.
REFRESH MATERIALIZED VIEW CONCURRENTLY shop.customer_totals;
-- a view the history does not show is still a materialized view by the statement's own words
REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.daily_revenue;
-- SHARE on a materialized view blocks only its refresh
CREATE INDEX customer_totals_total_idx ON shop.customer_totals (total);
