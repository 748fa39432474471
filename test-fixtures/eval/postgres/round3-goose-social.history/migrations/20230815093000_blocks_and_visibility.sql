-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard lock-held-for-later-work
CREATE TABLE blocks (
    blocker_id bigint NOT NULL REFERENCES users (id),
    blocked_id bigint NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_id, blocked_id)
);

-- verdict: hazard check-validation
ALTER TABLE posts ADD CONSTRAINT posts_visibility_check CHECK (visibility IN ('public', 'followers', 'private'));

-- verdict: safe
ALTER TABLE users ADD COLUMN is_private boolean NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE users DROP COLUMN is_private;
ALTER TABLE posts DROP CONSTRAINT posts_visibility_check;
DROP TABLE blocks;
