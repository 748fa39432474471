-- verdict: hazard breaks-running-app
ALTER TABLE people RENAME COLUMN fullname TO full_name;

-- verdict: hazard breaks-running-app
ALTER TABLE pets RENAME TO animals;
