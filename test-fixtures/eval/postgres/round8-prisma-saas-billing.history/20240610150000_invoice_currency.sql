/*
  Warnings:

  - Added the required column `currency` to the `Invoice` table without a default value. This is not possible if the table is not empty.

*/
-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE "Invoice" ALTER COLUMN "amount" SET DATA TYPE BIGINT;

-- AlterTable
-- verdict: safe
ALTER TABLE "Invoice" ADD COLUMN     "taxAmount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
-- verdict: hazard fails-on-existing-data
ALTER TABLE "Invoice" ADD COLUMN     "currency" TEXT NOT NULL;
