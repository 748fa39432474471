-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE stock_items ADD COLUMN attrs jsonb NOT NULL DEFAULT '{}'::jsonb;

-- verdict: safe
ALTER TABLE stock_items ADD COLUMN counted_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc');

-- verdict: safe
ALTER TABLE stock_items ADD COLUMN recount_due date NOT NULL DEFAULT (current_date + 7);

-- nextval is volatile: every existing row gets its own value, full rewrite.
-- verdict: hazard volatile-default-rewrite
ALTER TABLE pick_lists ADD COLUMN pick_no bigint NOT NULL DEFAULT nextval('pick_list_no_seq');

-- verdict: safe
ALTER TABLE pick_lists ADD COLUMN fiscal_year text DEFAULT to_char(now(), 'YYYY');

-- verdict: safe
ALTER TABLE pick_lists ADD COLUMN tags text[] NOT NULL DEFAULT ARRAY[]::text[];

-- verdict: safe
ALTER TABLE pick_lists ADD COLUMN expires_after interval NOT NULL DEFAULT interval '30 days';

-- verdict: safe
ALTER TABLE pick_lists ADD COLUMN created_at timestamptz NOT NULL DEFAULT statement_timestamp();
