/*
  Warnings:

  - You are about to drop the column `amountCents` on the `Invoice` table. All the data in the column will be lost.
  - Added the required column `totalCents` to the `Invoice` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
-- verdict: hazard data-loss
ALTER TABLE "Invoice" DROP COLUMN "amountCents",
ADD COLUMN     "totalCents" INTEGER NOT NULL;
