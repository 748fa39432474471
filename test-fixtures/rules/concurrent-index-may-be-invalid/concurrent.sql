-- fixture: --select concurrent-index-may-be-invalid
-- expect: concurrent-index-may-be-invalid
CREATE INDEX CONCURRENTLY index_orders_on_user_id ON orders (user_id);

-- expect: concurrent-index-may-be-invalid
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "users_email_key" ON "users" ("email");

CREATE INDEX index_orders_on_status ON orders (status);

CREATE TABLE coupons (id bigserial PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX CONCURRENTLY coupons_code_key ON coupons (code);
