-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard table-rewrite
ALTER TABLE entries ADD COLUMN posted_day date GENERATED ALWAYS AS ((posted_at AT TIME ZONE 'UTC')::date) STORED;

-- verdict: safe
ALTER TABLE entries
    ADD COLUMN journal_no integer,
    ADD COLUMN reversed boolean NOT NULL DEFAULT false;

-- varchar(255) -> text and numeric(12,2) -> numeric(16,2): neither needs a rewrite
-- verdict: safe
ALTER TABLE entries
    ALTER COLUMN memo TYPE text,
    ALTER COLUMN amount TYPE numeric(16,2);

-- verdict: hazard table-rewrite
ALTER TABLE entries ALTER COLUMN external_ref TYPE uuid USING external_ref::uuid;
