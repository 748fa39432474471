-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE posts ADD COLUMN edited_at timestamptz;

-- verdict: hazard volatile-default-rewrite
ALTER TABLE posts ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- verdict: safe
ALTER TABLE posts ALTER COLUMN visibility SET DEFAULT 'followers';

-- +goose Down
ALTER TABLE posts ALTER COLUMN visibility SET DEFAULT 'public';
ALTER TABLE posts DROP COLUMN public_id;
ALTER TABLE posts DROP COLUMN edited_at;
