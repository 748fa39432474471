-- verdict: safe
SET lock_timeout = '2s';
-- verdict: hazard table-rewrite
ALTER TABLE app."Orders" ALTER COLUMN "Status" TYPE varchar(20);
-- verdict: safe
ALTER TABLE app."Orders" ALTER COLUMN "Note" TYPE text;
-- verdict: safe
ALTER TABLE app."Orders" DROP CONSTRAINT orders_total_positive;
