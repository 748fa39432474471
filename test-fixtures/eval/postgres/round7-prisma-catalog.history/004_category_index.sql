-- prisma/migrations/20240402080000_category_index/migration.sql
-- Hand-edited to CONCURRENTLY; kept as the only statement of this migration.
-- CreateIndex
-- verdict: safe
CREATE INDEX CONCURRENTLY "Product_categoryId_idx" ON "Product"("categoryId");
