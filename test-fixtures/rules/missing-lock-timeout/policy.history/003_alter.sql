-- expect: missing-lock-timeout
ALTER POLICY tenant_isolation ON documents USING (true);
