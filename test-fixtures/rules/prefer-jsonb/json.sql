-- fixture: --select prefer-jsonb
-- expect: prefer-jsonb
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);

-- expect: prefer-jsonb
ALTER TABLE events ADD COLUMN "Meta" JSON DEFAULT '{}';

CREATE TABLE hooks (id bigint PRIMARY KEY, payload jsonb NOT NULL, raw text);
ALTER TABLE webhooks ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
