-- verdict: safe
SET lock_timeout = '5s';

-- DropForeignKey
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_userId_fkey";

-- AddForeignKey
-- verdict: hazard fk-validation
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
