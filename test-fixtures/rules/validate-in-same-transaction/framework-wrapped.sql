-- fixture: --select validate-in-same-transaction --assume-in-transaction
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") NOT VALID;
-- expect: validate-in-same-transaction
ALTER TABLE "accounts" VALIDATE CONSTRAINT "accounts_owner_fk";
