-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: safe
ALTER TABLE "Post" ADD COLUMN "meta" JSONB NOT NULL DEFAULT '{}'::jsonb;

-- Sent in the same multi-statement string as the statements above: implicit transaction block, fails.
-- CreateIndex
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY "Post_meta_idx" ON "Post" USING GIN ("meta");
