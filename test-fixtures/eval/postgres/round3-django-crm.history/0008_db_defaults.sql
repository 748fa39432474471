-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Add field updated to customer
--
-- STATEMENT_TIMESTAMP() is stable: evaluated once, stored as the missing value, no rewrite.
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "crm_customer" ADD COLUMN "updated" timestamp with time zone DEFAULT (STATEMENT_TIMESTAMP()) NOT NULL;
--
-- Add field api_token to customer
--
-- verdict: hazard volatile-default-rewrite
ALTER TABLE "crm_customer" ADD COLUMN "api_token" uuid DEFAULT (GEN_RANDOM_UUID()) NOT NULL;
-- verdict: safe
COMMIT;
