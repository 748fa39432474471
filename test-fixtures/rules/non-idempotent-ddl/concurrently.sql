-- fixture: --select non-idempotent-ddl
-- expect: non-idempotent-ddl
CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders (user_id);

-- expect: non-idempotent-ddl
CREATE UNIQUE INDEX CONCURRENTLY "UX_Users_Email" ON "public"."Users" ("Email");

-- expect: non-idempotent-ddl
DROP INDEX CONCURRENTLY idx_orders_legacy;

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_created ON orders (created_at);
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_old;

-- plain files without a declared transaction mode: only CONCURRENTLY is checked
CREATE TABLE things (id bigint PRIMARY KEY);
ALTER TABLE orders ADD COLUMN note text;

-- re-runnable: a leftover INVALID index from a failed build is dropped before the build
DROP INDEX CONCURRENTLY IF EXISTS "Orders_Status_idx";
CREATE INDEX CONCURRENTLY "Orders_Status_idx" ON orders (status);

-- the drop of another index does not make this build re-runnable
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_other;
-- expect: non-idempotent-ddl
CREATE INDEX CONCURRENTLY idx_orders_total ON orders (total);
