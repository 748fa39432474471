-- verdict: safe
SET lock_timeout = '5s';
-- verdict: hazard set-not-null-scan
ALTER TABLE events ALTER COLUMN capacity SET NOT NULL;
-- verdict: safe
ALTER TABLE events ALTER COLUMN capacity SET DEFAULT 50;
-- verdict: hazard fk-validation
ALTER TABLE events ADD CONSTRAINT fk_rails_organizer FOREIGN KEY (organizer_id) REFERENCES organizers (id);
-- verdict: safe
ALTER TABLE registrations ADD CONSTRAINT seats_positive CHECK (seats > 0) NOT VALID;
