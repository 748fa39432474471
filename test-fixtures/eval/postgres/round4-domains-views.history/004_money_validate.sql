-- PG 15: validating a domain constraint takes SHARE lock on every table using the domain
-- (writes blocked for the whole scan), unlike ALTER TABLE ... VALIDATE CONSTRAINT.
-- verdict: hazard domain-validate-share-lock
ALTER DOMAIN positive_money VALIDATE CONSTRAINT positive_money_positive;
