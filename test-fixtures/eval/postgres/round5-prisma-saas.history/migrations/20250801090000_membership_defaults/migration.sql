-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: safe
ALTER TABLE "Membership" ALTER COLUMN "role" SET DEFAULT 'member';

-- AlterTable
-- verdict: safe
ALTER TABLE "User" ALTER COLUMN "updatedAt" DROP NOT NULL;
