-- verdict: safe
ALTER TABLE authors ADD COLUMN website VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE;

-- verdict: safe
ALTER TABLE articles ADD INDEX articles_title_idx (title(50));

-- verdict: safe
ALTER TABLE articles DROP INDEX articles_title_idx;

-- verdict: safe
ALTER TABLE articles RENAME INDEX articles_body_fulltext TO articles_body_ft;
