-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "Comment" ADD COLUMN "parentId" INTEGER;

-- AddForeignKey: validated right away, scans Comment under SHARE ROW EXCLUSIVE.
-- verdict: hazard fk-validation
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
-- verdict: hazard non-concurrent-index
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");
