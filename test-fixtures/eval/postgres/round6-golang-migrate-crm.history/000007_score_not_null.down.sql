ALTER TABLE leads DROP CONSTRAINT leads_score_not_null;
