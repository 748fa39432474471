-- fixture: --select statements-after-exclusive-lock --assume-in-transaction
ALTER TABLE "users" ADD COLUMN "plan" varchar(20) NULL;
SET statement_timeout = '30s';
-- expect: statements-after-exclusive-lock
UPDATE "accounts" SET "plan" = 'free' WHERE "plan" IS NULL;
