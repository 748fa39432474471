-- verdict: safe
ALTER TABLE registrations VALIDATE CONSTRAINT seats_positive;
-- verdict: hazard missing-lock-timeout
ALTER TABLE registrations ALTER COLUMN attendee_email SET DEFAULT '';
