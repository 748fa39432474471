-- fixture: --select update-without-where
-- A WHERE that is always true is no WHERE.
-- expect: update-without-where
UPDATE payments SET fee = 0 WHERE 1 = 1;
-- expect: update-without-where
UPDATE payments SET fee = 0 WHERE true RETURNING id;

-- A column added in this migration without a default is NULL in every existing row.
ALTER TABLE app."Orders" ADD COLUMN "Channel" text;
UPDATE app."Orders" SET "Channel" = 'web' WHERE "Id" BETWEEN 1 AND 10000;
-- expect: update-without-where
UPDATE app."Orders" SET "Channel" = 'web' WHERE "Channel" IS NULL;

-- These narrow: a column that existed before, a column filled by its default, a second condition, an OR.
UPDATE payments SET fee = 0 WHERE fee IS NULL;
ALTER TABLE payments ADD COLUMN currency text DEFAULT 'EUR';
UPDATE payments SET currency = 'USD' WHERE currency IS NULL;
UPDATE app."Orders" SET "Channel" = 'web' WHERE "Channel" IS NULL AND "Id" <= 10000;
UPDATE payments SET fee = 0 WHERE 1 = 1 OR fee IS NULL;
UPDATE payments SET fee = 0 WHERE 1 = 2;
