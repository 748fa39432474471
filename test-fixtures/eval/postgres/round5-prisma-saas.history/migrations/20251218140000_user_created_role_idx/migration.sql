-- DropIndex
-- verdict: hazard concurrently-in-transaction
DROP INDEX CONCURRENTLY "User_createdAt_idx";

-- CreateIndex
-- verdict: hazard index-without-concurrently
CREATE INDEX "User_createdAt_role_idx" ON "User"("createdAt", "role");
