-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard unique-constraint-build
ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE (email);

-- verdict: hazard not-null-scan
ALTER TABLE members ALTER COLUMN nickname SET NOT NULL;

-- verdict: hazard fk-validation
ALTER TABLE members ADD CONSTRAINT members_referrer_fk FOREIGN KEY (referrer_id) REFERENCES members (id);

-- verdict: hazard non-concurrent-index
CREATE UNIQUE INDEX members_lower_email_key ON members (lower(email));

-- verdict: hazard non-concurrent-drop-index
DROP INDEX members_nickname_idx;
