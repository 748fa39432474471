-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard table-rewrite
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;

-- verdict: safe
CREATE INDEX CONCURRENTLY articles_search_idx ON articles USING gin (search);
