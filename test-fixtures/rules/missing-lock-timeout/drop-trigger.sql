-- fixture: --select missing-lock-timeout
-- DROP TRIGGER takes ACCESS EXCLUSIVE on the table it is ON.
-- expect: missing-lock-timeout
DROP TRIGGER IF EXISTS orders_audit ON orders;
DROP FUNCTION IF EXISTS orders_audit_fn();
