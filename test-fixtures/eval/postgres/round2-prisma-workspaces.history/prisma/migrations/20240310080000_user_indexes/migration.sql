-- CreateIndex
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY "User_createdAt_idx" ON "User"("createdAt");

-- CreateIndex
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY "User_role_idx" ON "User"("role");
