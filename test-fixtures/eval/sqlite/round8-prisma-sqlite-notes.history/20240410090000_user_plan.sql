/*
  Warnings:

  - Added the required column `plan` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
-- verdict: hazard fails-on-existing-data
ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL;
