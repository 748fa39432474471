-- fixture: --select lock-table
BEGIN;
-- expect: lock-table
LOCK TABLE orders;
-- expect: lock-table
LOCK TABLE ONLY public.users IN SHARE ROW EXCLUSIVE MODE;
-- expect: lock-table
LOCK accounts IN EXCLUSIVE MODE NOWAIT;
LOCK TABLE events IN ACCESS SHARE MODE;
LOCK TABLE events IN ROW EXCLUSIVE MODE;
LOCK TABLE events IN SHARE UPDATE EXCLUSIVE MODE;
COMMIT;
