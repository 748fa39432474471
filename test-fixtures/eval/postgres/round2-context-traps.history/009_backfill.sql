-- verdict: safe
SET lock_timeout = '2s';
-- verdict: safe
ALTER TABLE app."Orders" ADD COLUMN "Channel" text;
-- verdict: safe
UPDATE app."Orders" SET "Channel" = 'web' WHERE "Id" BETWEEN 1 AND 10000;
-- verdict: hazard unbatched-update
UPDATE app."Orders" SET "Channel" = 'web' WHERE "Channel" IS NULL;
