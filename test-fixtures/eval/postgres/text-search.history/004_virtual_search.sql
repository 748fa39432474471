-- verdict: safe
CREATE OR REPLACE FUNCTION articles_search(q text) RETURNS SETOF articles
LANGUAGE sql STABLE AS $$
    SELECT * FROM articles WHERE search @@ plainto_tsquery('english', q);
$$;

-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE articles ADD COLUMN summary text;

-- verdict: hazard set-not-null-scan
ALTER TABLE articles ALTER COLUMN body SET NOT NULL;
