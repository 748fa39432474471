-- fixture: --select reindex-without-concurrently
-- expect: reindex-without-concurrently
REINDEX INDEX index_orders_on_user_id;

-- expect: reindex-without-concurrently
REINDEX TABLE public.orders;

-- expect: reindex-without-concurrently
REINDEX (VERBOSE) TABLE "LineItems";

REINDEX INDEX CONCURRENTLY index_orders_on_user_id;

REINDEX TABLE CONCURRENTLY orders;

-- The parenthesized option list (PostgreSQL 14+) means what it says.
REINDEX (CONCURRENTLY) TABLE orders;

REINDEX (CONCURRENTLY true, VERBOSE) INDEX index_orders_on_user_id;

-- expect: reindex-without-concurrently
REINDEX (CONCURRENTLY false) TABLE orders;

-- expect: reindex-without-concurrently
REINDEX (VERBOSE, CONCURRENTLY off) INDEX index_orders_on_user_id;
