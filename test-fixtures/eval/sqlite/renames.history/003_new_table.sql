-- verdict: safe
CREATE TABLE visits (id INTEGER PRIMARY KEY, pet_id INTEGER NOT NULL, note TEXT);

-- verdict: safe
ALTER TABLE visits RENAME COLUMN note TO notes;

-- verdict: safe
ALTER TABLE visits RENAME TO vet_visits;

-- verdict: safe
CREATE INDEX vet_visits_pet_idx ON vet_visits (pet_id);
