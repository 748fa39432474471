-- fixture: --select drop-index-without-concurrently
-- expect: drop-index-without-concurrently
DROP INDEX index_orders_on_legacy_status;

-- expect: drop-index-without-concurrently
DROP INDEX IF EXISTS public.idx_users_old_email, public.idx_users_old_name;

DROP INDEX CONCURRENTLY IF EXISTS idx_events_session;

DROP INDEX CONCURRENTLY "Order_createdAt_idx";
