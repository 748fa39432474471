-- +goose Up
-- Expand/contract rename: old code keeps using account_events (auto-updatable view),
-- new code uses member_events. Both statements run in goose's transaction.
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TABLE account_events RENAME TO member_events;

-- verdict: safe
CREATE VIEW account_events AS SELECT * FROM member_events;

-- verdict: safe
GRANT SELECT, INSERT, UPDATE, DELETE ON account_events TO app_rw;

-- +goose Down
SET LOCAL lock_timeout = '3s';

DROP VIEW account_events;

ALTER TABLE member_events RENAME TO account_events;
