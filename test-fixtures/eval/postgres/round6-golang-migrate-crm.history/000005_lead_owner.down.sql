DROP TABLE lead_owners; ALTER TABLE leads DROP CONSTRAINT leads_score_range; ALTER TABLE leads DROP COLUMN owner_id;
