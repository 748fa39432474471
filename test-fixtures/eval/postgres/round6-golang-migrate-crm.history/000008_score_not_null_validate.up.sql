-- verdict: safe
ALTER TABLE leads VALIDATE CONSTRAINT leads_score_not_null;
