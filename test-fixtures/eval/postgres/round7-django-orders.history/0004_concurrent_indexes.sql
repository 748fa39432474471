-- python manage.py sqlmigrate shop 0004   (atomic = False, AddIndexConcurrently)
--
-- Concurrently create index shop_order_placed_idx on field(s) placed_at of model order
--
-- verdict: safe
CREATE INDEX CONCURRENTLY "shop_order_placed_idx" ON "shop_order" ("placed_at");
--
-- Concurrently create index shop_orderline_sku_idx on field(s) sku of model orderline
--
-- verdict: safe
CREATE INDEX CONCURRENTLY "shop_orderline_sku_idx" ON "shop_orderline" ("sku") WHERE "quantity" > 0;
