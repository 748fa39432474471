-- verdict: safe
SET lock_timeout = '3s';

-- AddForeignKey (hand-edited: NOT VALID here, validated in the next migration)
-- verdict: safe
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
