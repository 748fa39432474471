-- fixture: --select missing-lock-timeout
SET lock_timeout TO '2s';
ALTER TABLE orders ADD COLUMN note text;
SET lock_timeout = 0;
-- expect: missing-lock-timeout
TRUNCATE order_exports;
