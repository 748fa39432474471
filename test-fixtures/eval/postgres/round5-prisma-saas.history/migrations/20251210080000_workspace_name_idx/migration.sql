-- CreateIndex (edited: built online, promoted to a constraint in the next migration)
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Workspace_name_idx" ON "Workspace"("name");
