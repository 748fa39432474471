-- AlterTable
-- verdict: hazard missing-lock-timeout
ALTER TABLE "Workspace" ADD COLUMN     "slug" TEXT;

-- CreateIndex
-- verdict: hazard index-without-concurrently
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");
