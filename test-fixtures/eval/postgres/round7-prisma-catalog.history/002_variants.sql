-- prisma/migrations/20240212093000_variants/migration.sql (hand-edited: lock_timeout added)
-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: safe
ALTER TABLE "Product" ADD COLUMN     "description" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
-- verdict: safe
CREATE TABLE "Variant" (
    "id" SERIAL NOT NULL,
    "productId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "stock" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Variant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
-- verdict: safe
CREATE INDEX "Variant_productId_idx" ON "Variant"("productId");

-- AddForeignKey
-- verdict: safe
ALTER TABLE "Variant" ADD CONSTRAINT "Variant_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
