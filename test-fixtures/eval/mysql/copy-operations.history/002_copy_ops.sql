-- verdict: hazard table-copy
ALTER TABLE articles CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- verdict: hazard blocking-index-build
ALTER TABLE articles ADD FULLTEXT INDEX articles_body_fulltext (body);

-- verdict: hazard table-copy
ALTER TABLE articles ADD CONSTRAINT articles_author_fk FOREIGN KEY (author_id) REFERENCES authors (id);

-- verdict: hazard table-copy
ALTER TABLE authors ADD COLUMN bio TEXT, ALGORITHM=COPY;

-- verdict: hazard explicit-lock
ALTER TABLE authors ADD INDEX authors_name_idx (name), LOCK=EXCLUSIVE;
