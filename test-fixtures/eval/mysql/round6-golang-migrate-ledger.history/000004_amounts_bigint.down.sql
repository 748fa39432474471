ALTER TABLE transfers DROP COLUMN reference;
