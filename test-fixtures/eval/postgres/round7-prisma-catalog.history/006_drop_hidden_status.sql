-- prisma/migrations/20240611150000_drop_hidden_status/migration.sql
/*
  Warnings:

  - The values [HIDDEN] on the enum `Status` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
-- verdict: safe
BEGIN;
-- verdict: safe
CREATE TYPE "Status_new" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "Product" ALTER COLUMN "status" DROP DEFAULT;
-- verdict: hazard table-rewrite
ALTER TABLE "Product" ALTER COLUMN "status" TYPE "Status_new" USING ("status"::text::"Status_new");
-- verdict: safe
ALTER TYPE "Status" RENAME TO "Status_old";
-- verdict: safe
ALTER TYPE "Status_new" RENAME TO "Status";
-- verdict: safe
DROP TYPE "Status_old";
-- verdict: safe
ALTER TABLE "Product" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
-- verdict: safe
COMMIT;
