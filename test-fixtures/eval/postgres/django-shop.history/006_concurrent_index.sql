--
-- Concurrently create index shop_order_created_idx on field(s) created of model order
-- (AddIndexConcurrently in a non-atomic migration)
--
-- verdict: safe
CREATE INDEX CONCURRENTLY "shop_order_created_idx" ON "shop_order" ("created");
