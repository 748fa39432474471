-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tasks_project_id_idx" ON "tasks" USING btree ("project_id");
