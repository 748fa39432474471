-- A migration of this one statement is sent alone: no implicit transaction block.
-- verdict: safe
CREATE INDEX CONCURRENTLY "Post_authorId_idx" ON "Post"("authorId");
