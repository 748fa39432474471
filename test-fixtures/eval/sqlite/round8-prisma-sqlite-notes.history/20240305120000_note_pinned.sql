-- AlterTable
-- verdict: safe
ALTER TABLE "Note" ADD COLUMN "pinned" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
-- verdict: safe
ALTER TABLE "Note" ADD COLUMN "archivedAt" DATETIME;
