-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE books DROP CONSTRAINT books_author_fk;

-- verdict: safe
ALTER TABLE books ADD CONSTRAINT books_author_fk2 FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE NOT VALID;
