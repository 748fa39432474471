-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard fk-validation-lock
ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id);
