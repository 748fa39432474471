-- fixture: --select missing-lock-timeout
CREATE TABLE documents (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);
CREATE POLICY documents_new ON documents USING (true);
