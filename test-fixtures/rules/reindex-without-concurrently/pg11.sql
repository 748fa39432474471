-- fixture: --select reindex-without-concurrently --pg-version 11
-- PostgreSQL 11 has no REINDEX CONCURRENTLY: still reported, with the manual recipe.
-- expect: reindex-without-concurrently
REINDEX INDEX index_orders_on_user_id;
