-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_name_key" UNIQUE USING INDEX "Workspace_name_idx";
