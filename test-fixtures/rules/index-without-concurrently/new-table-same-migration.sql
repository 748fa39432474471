-- fixture: --select index-without-concurrently,concurrent-index-may-be-invalid
-- Prisma-style migration: the table is created in this migration, so its indexes are free.
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

CREATE INDEX "Invoice_customerId_idx" ON "Invoice"("customerId");
