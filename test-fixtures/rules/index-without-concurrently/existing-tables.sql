-- fixture: --select index-without-concurrently,concurrent-index-may-be-invalid
-- Rails-style index migrations on tables that already exist.

-- expect: index-without-concurrently
CREATE INDEX index_orders_on_user_id ON orders (user_id);

-- expect: index-without-concurrently
CREATE UNIQUE INDEX "index_users_on_lower_email" ON "public"."users" (lower(email));

-- expect: index-without-concurrently
CREATE INDEX IF NOT EXISTS idx_events_created ON analytics.events USING brin (created_at);

-- expect: index-without-concurrently
create index on line_items (order_id) where deleted_at is null;

-- expect: concurrent-index-may-be-invalid
CREATE INDEX CONCURRENTLY index_orders_on_status ON orders (status);
