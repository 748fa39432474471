-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: safe
CREATE TYPE account_status AS ENUM ('active', 'suspended', 'closed');

-- verdict: safe
ALTER TABLE accounts ADD COLUMN status account_status NOT NULL DEFAULT 'active';

-- +goose StatementBegin
-- verdict: safe
CREATE OR REPLACE FUNCTION accounts_require_plan() RETURNS trigger AS $$
BEGIN
    IF NEW.plan_id IS NULL THEN
        RAISE EXCEPTION 'plan_id is required';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- The running release still creates accounts without a plan (plan is chosen later in onboarding).
-- verdict: hazard breaks-running-app
CREATE TRIGGER accounts_require_plan
    BEFORE INSERT ON accounts
    FOR EACH ROW EXECUTE FUNCTION accounts_require_plan();

-- +goose Down
SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS accounts_require_plan ON accounts;

DROP FUNCTION IF EXISTS accounts_require_plan();

ALTER TABLE accounts DROP COLUMN status;

DROP TYPE account_status;
