-- verdict: safe
CREATE TABLE "public"."Invoice" (
    "id" BIGSERIAL NOT NULL,
    "status" TEXT,
    "amount" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "legacyCode" TEXT,
    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
