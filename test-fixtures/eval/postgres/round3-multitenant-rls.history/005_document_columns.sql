-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE app.documents ADD COLUMN word_count integer;

-- verdict: safe
ALTER TABLE app.documents ADD COLUMN locale text NOT NULL DEFAULT 'en';

-- verdict: hazard stored-generated-rewrite
ALTER TABLE app.documents ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;
