/*
  Warnings:

  - You are about to drop the column `content` on the `Post` table. All the data in the column will be lost.
  - The primary key for the `Post` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- verdict: hazard data-loss
-- AlterTable
ALTER TABLE "Post" DROP COLUMN "content";

-- verdict: hazard table-rewrite
-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "id" SET DATA TYPE BIGINT;
