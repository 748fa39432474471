-- verdict: safe
SET lock_timeout = '3s';
-- verdict: safe
ALTER TABLE leads ADD CONSTRAINT leads_score_not_null CHECK (score IS NOT NULL) NOT VALID;
