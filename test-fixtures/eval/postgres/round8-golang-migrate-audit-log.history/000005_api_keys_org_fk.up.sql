-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE api_keys ADD CONSTRAINT api_keys_org_id_fkey FOREIGN KEY (org_id) REFERENCES organizations (id) NOT VALID;

-- verdict: hazard validate-in-same-transaction
ALTER TABLE api_keys VALIDATE CONSTRAINT api_keys_org_id_fkey;
