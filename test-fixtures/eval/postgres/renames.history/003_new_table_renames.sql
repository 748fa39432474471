-- verdict: safe
CREATE TABLE drafts (id serial PRIMARY KEY, body text);

-- verdict: safe
ALTER TABLE drafts RENAME COLUMN body TO content;

-- verdict: safe
ALTER TABLE drafts RENAME TO post_drafts;
