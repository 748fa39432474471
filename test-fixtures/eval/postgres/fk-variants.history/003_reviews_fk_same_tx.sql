-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE reviews ADD CONSTRAINT reviews_book_fk FOREIGN KEY (book_id) REFERENCES books (id) NOT VALID;

-- verdict: hazard validate-in-same-transaction
ALTER TABLE reviews VALIDATE CONSTRAINT reviews_book_fk;

-- verdict: safe
COMMIT;
