-- verdict: safe
SET lock_timeout = '3s';

-- The identity sequence starts at 1 while ids 1..N exist: the next INSERT collides with the
-- primary key; and ALWAYS rejects the running app's explicit ids.
-- verdict: hazard identity-sequence-collision
ALTER TABLE orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
