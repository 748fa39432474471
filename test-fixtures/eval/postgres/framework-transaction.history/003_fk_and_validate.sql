-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE tickets ADD CONSTRAINT tickets_assignee_fk FOREIGN KEY (assignee_id) REFERENCES agents (id) NOT VALID;

-- verdict: hazard validate-in-same-transaction
ALTER TABLE tickets VALIDATE CONSTRAINT tickets_assignee_fk;
