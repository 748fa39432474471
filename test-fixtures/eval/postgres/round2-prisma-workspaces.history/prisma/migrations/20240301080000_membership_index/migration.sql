-- Hand-edited: a lone statement is sent alone, outside a transaction.
-- CreateIndex
-- verdict: safe
CREATE INDEX CONCURRENTLY "Membership_workspaceId_idx" ON "Membership"("workspaceId");
