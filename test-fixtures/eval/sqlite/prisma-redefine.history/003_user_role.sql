/*
  Warnings:

  - Added the required column `role` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- verdict: hazard not-null-without-default
-- AlterTable
ALTER TABLE "User" ADD COLUMN "role" TEXT NOT NULL;
