-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_schema = 'app' AND table_name = 'accounts' AND column_name = 'locale') THEN
        ALTER TABLE app.accounts ADD COLUMN locale text;
    END IF;
END
$$;

-- The DO block runs now: it rewrites accounts (int -> bigint).
-- verdict: hazard int-to-bigint-rewrite
DO $$
BEGIN
    EXECUTE 'ALTER TABLE app.accounts ALTER COLUMN flags TYPE bigint';
END
$$;

-- verdict: hazard full-table-update
UPDATE app.accounts SET locale = 'en';

-- verdict: safe
UPDATE app.accounts SET plan = 'pro' WHERE id IN (SELECT account_id FROM app.sessions WHERE started_at > now() - interval '1 hour');
