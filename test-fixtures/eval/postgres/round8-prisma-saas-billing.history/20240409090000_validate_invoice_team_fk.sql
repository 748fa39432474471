-- verdict: safe
ALTER TABLE "Invoice" VALIDATE CONSTRAINT "Invoice_teamId_fkey";
