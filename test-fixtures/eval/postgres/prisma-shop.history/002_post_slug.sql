/*
  Warnings:

  - Added the required column `slug` to the `Post` table without a default value. This is not possible if the table is not empty.
  - A unique constraint covering the columns `[slug]` on the table `Post` will be added. If there are existing duplicate values, this will fail.

*/
-- verdict: hazard not-null-without-default
-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT NOT NULL;

-- verdict: hazard blocking-index-build
-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
