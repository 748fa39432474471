-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: hazard data-loss
ALTER TABLE "Post" DROP COLUMN "legacySlug";

-- AlterTable
-- verdict: safe
ALTER TABLE "Post" ALTER COLUMN "publishedAt" SET DEFAULT CURRENT_TIMESTAMP;
