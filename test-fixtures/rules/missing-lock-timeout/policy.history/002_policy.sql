-- CREATE POLICY and ALTER POLICY open the table with ACCESS EXCLUSIVE.
-- expect: missing-lock-timeout
CREATE POLICY tenant_isolation ON documents USING (tenant_id = current_setting('app.tenant')::bigint);
ALTER POLICY tenant_isolation ON documents TO PUBLIC;
