-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY "IDX_order_status" ON "public"."order" ("status");
