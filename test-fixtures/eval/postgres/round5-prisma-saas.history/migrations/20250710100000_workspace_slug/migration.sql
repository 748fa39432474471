-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: safe
ALTER TABLE "Workspace" ADD COLUMN     "slug" TEXT;

-- CreateIndex
-- verdict: hazard concurrently-in-transaction
CREATE UNIQUE INDEX CONCURRENTLY "Workspace_slug_key" ON "Workspace"("slug");
