-- prisma/migrations/20240319140000_product_sku/migration.sql
/*
  Warnings:

  - Added the required column `sku` to the `Product` table without a default value. This is not possible if the table is not empty.
  - A unique constraint covering the columns `[slug]` on the table `Product` will be added. If there are existing duplicate values, this will fail.
  - You are about to alter the column `name` on the `Product` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(100)`.

*/
-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: safe
ALTER TABLE "Category" ALTER COLUMN "name" SET DATA TYPE TEXT;

-- AlterTable
-- verdict: hazard fails-on-populated-table
ALTER TABLE "Product" ADD COLUMN     "sku" TEXT NOT NULL;

-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE "Product" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);

-- AlterTable
-- verdict: safe
ALTER TABLE "Product" ALTER COLUMN "price" SET DATA TYPE DECIMAL(12,2);

-- CreateIndex
-- verdict: hazard blocks-writes
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");
