-- CreateIndex
-- verdict: hazard index-without-concurrently
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");

-- CreateIndex
-- verdict: hazard index-without-concurrently
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
