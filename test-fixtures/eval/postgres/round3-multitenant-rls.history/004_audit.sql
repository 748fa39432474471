-- verdict: safe
CREATE SCHEMA audit;

-- verdict: safe
CREATE TABLE audit.events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  uuid NOT NULL,
    table_name text NOT NULL,
    row_id     uuid,
    action     text NOT NULL,
    actor      text NOT NULL DEFAULT current_user,
    at         timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, audit AS $$
BEGIN
    INSERT INTO audit.events (tenant_id, table_name, row_id, action)
    VALUES (COALESCE(NEW.tenant_id, OLD.tenant_id), TG_TABLE_NAME, COALESCE(NEW.id, OLD.id), TG_OP);
    RETURN NULL;
END
$$;

-- verdict: safe
ALTER FUNCTION audit.log_change() OWNER TO audit_owner;

-- verdict: safe
REVOKE ALL ON FUNCTION audit.log_change() FROM PUBLIC;

-- No lock_timeout in this file: SHARE ROW EXCLUSIVE on a live table, queued behind long readers.
-- verdict: hazard missing-lock-timeout
CREATE TRIGGER documents_audit
    AFTER INSERT OR UPDATE OR DELETE ON app.documents
    FOR EACH ROW EXECUTE FUNCTION audit.log_change();

-- verdict: safe
CREATE TRIGGER projects_audit
    AFTER INSERT OR UPDATE OR DELETE ON app.projects
    FOR EACH ROW EXECUTE FUNCTION audit.log_change();
