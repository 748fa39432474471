-- fixture: --select backfill-in-ddl-transaction --assume-in-transaction
-- A Rails migration: add_column + update_all in one (wrapped) migration.
ALTER TABLE "accounts" ADD "currency" character varying;
-- expect: backfill-in-ddl-transaction
UPDATE "accounts" SET "currency" = 'USD';
