-- verdict: hazard blocking-index-build
CREATE INDEX events_created_at_idx ON events (created_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY events_user_idx ON events (user_id);

-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_lower_uidx ON users (lower(email));

-- verdict: hazard blocking-index-build
CREATE INDEX IF NOT EXISTS events_payload_gin ON events USING gin (payload jsonb_path_ops);

-- verdict: safe
CREATE INDEX CONCURRENTLY events_recent_idx ON events (created_at) WHERE kind = 'purchase';
