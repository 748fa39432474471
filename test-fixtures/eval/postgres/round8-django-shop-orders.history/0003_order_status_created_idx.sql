--
-- Concurrently create index shop_order_status_created_idx on field(s) status, created_at of model order
--
-- verdict: safe
CREATE INDEX CONCURRENTLY "shop_order_status_created_idx" ON "shop_order" ("status", "created_at");
