-- Rails migration AddSourceToEvents (ddl transaction)
-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '5s';
-- change_column :events, :properties, :jsonb, using: 'properties::jsonb'
-- verdict: hazard table-rewrite
ALTER TABLE "events" ALTER COLUMN "properties" TYPE jsonb USING properties::jsonb;
-- verdict: safe
ALTER TABLE "events" ADD "source" character varying;
-- verdict: safe
ALTER TABLE "events" ADD "ingested_at" timestamp(6) DEFAULT CURRENT_TIMESTAMP NOT NULL;
-- verdict: safe
ALTER TABLE "accounts" ADD "settings" jsonb DEFAULT '{}' NOT NULL;
-- verdict: safe
COMMIT;
