-- Hand-edited: built concurrently. This must stay the ONLY statement in the file,
-- Prisma sends the script as one query string.
-- CreateIndex
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY "Team_slug_key" ON "Team"("slug");
