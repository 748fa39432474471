-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE "Invoice" ALTER COLUMN "currency" SET DATA TYPE VARCHAR(3);

-- RenameIndex
-- verdict: safe
ALTER INDEX "Invoice_workspaceId_idx" RENAME TO "Invoice_workspace_idx";
