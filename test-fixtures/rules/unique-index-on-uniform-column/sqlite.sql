-- fixture: --dialect sqlite --select unique-index-on-uniform-column
ALTER TABLE "Account" ADD COLUMN "code" TEXT NOT NULL DEFAULT 'none';
-- expect: unique-index-on-uniform-column
CREATE UNIQUE INDEX "Account_code_key" ON "Account"("code");
ALTER TABLE "Account" ADD COLUMN "nickname" TEXT;
CREATE UNIQUE INDEX "Account_nickname_key" ON "Account"("nickname");
ALTER TABLE "Account" ADD COLUMN "rank" INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX "Account_orgId_rank_key" ON "Account"("orgId", "rank");
ALTER TABLE "Account" ADD COLUMN "ref" TEXT NOT NULL DEFAULT '';
UPDATE "Account" SET "ref" = 'acct-' || "id";
CREATE UNIQUE INDEX "Account_ref_key" ON "Account"("ref");
