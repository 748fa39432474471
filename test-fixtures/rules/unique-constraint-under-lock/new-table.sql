-- fixture: --select unique-constraint-under-lock
CREATE TABLE api_keys (id bigint NOT NULL, key_hash text NOT NULL);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash);
