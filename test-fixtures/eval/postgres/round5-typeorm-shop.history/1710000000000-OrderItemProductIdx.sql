-- verdict: hazard index-without-concurrently
CREATE INDEX "IDX_order_item_product_id" ON "public"."order_item" ("product_id");
-- verdict: safe
COMMENT ON COLUMN "public"."order"."user_email" IS 'deprecated: read app_user via user_id';
