-- verdict: hazard missing-lock-timeout
ALTER TABLE users ADD COLUMN locale text;
