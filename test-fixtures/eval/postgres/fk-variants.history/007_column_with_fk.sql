-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard fk-validation-lock
ALTER TABLE reviews ADD COLUMN reviewer_id bigint REFERENCES authors (id);
