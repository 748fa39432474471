-- verdict: safe
SET lock_timeout = '3s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE leads ALTER COLUMN score SET NOT NULL;
-- verdict: safe
ALTER TABLE leads DROP CONSTRAINT leads_score_not_null;
-- verdict: hazard fk-validation
ALTER TABLE lead_owners ADD CONSTRAINT lead_owners_user_fk FOREIGN KEY (user_id) REFERENCES companies (id);
