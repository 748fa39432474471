-- verdict: safe
BEGIN;

-- verdict: safe
SET lock_timeout = '5s';

-- Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7

-- verdict: safe
CREATE TABLE flag_overrides (
    id SERIAL NOT NULL, 
    flag_id INTEGER NOT NULL, 
    account_id INTEGER NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(flag_id) REFERENCES feature_flags (id) ON DELETE CASCADE, 
    UNIQUE (flag_id, account_id)
);

-- verdict: safe
UPDATE alembic_version SET version_num='b2c3d4e5f6a7' WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

-- verdict: safe
COMMIT;
