-- fixture: --select missing-lock-timeout
-- A trigger on a table created in this migration, and one on an existing table after a lock_timeout.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, entry jsonb NOT NULL);
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
SET lock_timeout = '3s';
CREATE CONSTRAINT TRIGGER orders_total_check AFTER INSERT OR UPDATE ON orders
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order_total();
