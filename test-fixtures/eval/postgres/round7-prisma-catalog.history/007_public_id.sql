-- prisma/migrations/20240702090000_public_id/migration.sql
-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE "Product" ADD COLUMN     "publicId" UUID NOT NULL DEFAULT gen_random_uuid();

-- AlterTable
-- verdict: safe
ALTER TABLE "Variant" ADD COLUMN     "barcode" TEXT,
ADD COLUMN     "weightGrams" INTEGER;

-- AlterTable
-- verdict: safe
ALTER TABLE "Variant" ALTER COLUMN "label" DROP NOT NULL;
