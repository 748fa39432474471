-- Storage parameters fillfactor / autovacuum_* take SHARE UPDATE EXCLUSIVE (no blocking of reads or writes).
-- verdict: safe
ALTER TABLE stock_items SET (fillfactor = 70);

-- verdict: safe
ALTER TABLE stock_items SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);

-- verdict: safe
ALTER TABLE stock_items ALTER COLUMN sku SET STATISTICS 1000;
