/*
  Warnings:

  - Added the required column `displayName` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
-- verdict: hazard not-null-without-default
ALTER TABLE "User" ADD COLUMN     "displayName" TEXT NOT NULL;
