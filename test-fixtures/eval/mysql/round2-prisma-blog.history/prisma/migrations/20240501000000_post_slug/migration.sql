/*
  Warnings:

  - Added the required column `slug` to the `Post` table without a default value. This is not possible if the table is not empty.
  - A unique constraint covering the columns `[slug]` on the table `Post` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
-- verdict: hazard not-null-without-default
ALTER TABLE `Post` ADD COLUMN `slug` VARCHAR(191) NOT NULL;

-- Every existing row now has slug = '': the unique index cannot be built.
-- CreateIndex
-- verdict: hazard unique-on-duplicates
CREATE UNIQUE INDEX `Post_slug_key` ON `Post`(`slug`);
