-- fixture: --select constraint-without-not-valid
-- expect: constraint-without-not-valid
ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);

-- expect: constraint-without-not-valid
ALTER TABLE "public"."Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- expect: constraint-without-not-valid
ALTER TABLE products ADD CONSTRAINT products_price_positive CHECK (price_cents > 0);

-- A column added without a default is NULL in every row: PostgreSQL skips validating its foreign key.
ALTER TABLE line_items ADD COLUMN product_id bigint REFERENCES products (id);

-- A FOREIGN KEY clause of its own in the same ALTER makes PostgreSQL validate, even on a column added without a default.
-- expect: constraint-without-not-valid
ALTER TABLE line_items ADD COLUMN coupon_id bigint NULL, ADD CONSTRAINT line_items_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id);

-- With a default on any added column every row is checked.
-- expect: constraint-without-not-valid
ALTER TABLE line_items ADD COLUMN warehouse_id bigint DEFAULT 1 REFERENCES warehouses (id);

ALTER TABLE orders ADD CONSTRAINT fk_orders_shop FOREIGN KEY (shop_id) REFERENCES shops (id) NOT VALID;

ALTER TABLE products ADD CONSTRAINT products_stock_nonneg CHECK (stock >= 0) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_shop;
