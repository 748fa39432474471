-- fixture: --select truncate-table
-- expect: truncate-table
TRUNCATE sessions;

-- expect: truncate-table
TRUNCATE TABLE ONLY "public"."carts", cart_items RESTART IDENTITY CASCADE;

CREATE TABLE staging_rows (id bigint);
TRUNCATE staging_rows;
DELETE FROM sessions WHERE expires_at < now() - interval '30 days';
