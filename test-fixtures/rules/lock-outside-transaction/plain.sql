-- fixture: --select lock-outside-transaction
-- A plain file run statement by statement (psql, a runner that does not wrap it): every LOCK mode fails there.
-- expect: lock-outside-transaction
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
-- expect: lock-outside-transaction
LOCK TABLE orders;
BEGIN;
LOCK TABLE orders IN ACCESS SHARE MODE;
UPDATE orders SET status = 'archived' WHERE id = 3;
COMMIT;
-- expect: lock-outside-transaction
LOCK TABLE orders IN SHARE MODE;
DO $$
BEGIN
  LOCK TABLE orders IN SHARE MODE;
END
$$;
