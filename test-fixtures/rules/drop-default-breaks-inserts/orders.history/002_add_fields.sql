SET lock_timeout = '5s';
-- Django's AddField: a default for the existing rows, dropped at once
ALTER TABLE "shop_order" ADD COLUMN "is_gift" boolean DEFAULT false NOT NULL;
-- expect: drop-default-breaks-inserts
ALTER TABLE "shop_order" ALTER COLUMN "is_gift" DROP DEFAULT;
-- the same in one statement
-- expect: drop-default-breaks-inserts
ALTER TABLE shop_order ADD COLUMN channel text DEFAULT 'web' NOT NULL, ALTER COLUMN channel DROP DEFAULT;
-- a nullable column: the old release's INSERTs store NULL
ALTER TABLE shop_order ADD COLUMN note text DEFAULT '';
ALTER TABLE shop_order ALTER COLUMN note DROP DEFAULT;
-- made nullable later in the migration
ALTER TABLE customer ADD COLUMN tier text DEFAULT 'basic' NOT NULL;
ALTER TABLE customer ALTER COLUMN tier DROP DEFAULT;
ALTER TABLE customer ALTER COLUMN tier DROP NOT NULL;
-- a column the running release already knows: it may well send it (not this rule's case)
ALTER TABLE shop_order ALTER COLUMN status DROP DEFAULT;
-- a table of this migration has no running inserts
CREATE TABLE refund (id bigint PRIMARY KEY);
ALTER TABLE refund ADD COLUMN reason text DEFAULT 'other' NOT NULL;
ALTER TABLE refund ALTER COLUMN reason DROP DEFAULT;
