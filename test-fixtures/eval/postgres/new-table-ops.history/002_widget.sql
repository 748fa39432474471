-- verdict: safe
BEGIN;

-- verdict: safe
CREATE TABLE "Widget" (
    "id" BIGSERIAL PRIMARY KEY,
    "name" TEXT,
    "price" INTEGER,
    "ownerId" BIGINT
);

-- verdict: safe
CREATE INDEX "Widget_name_idx" ON "Widget" ("name");

-- verdict: safe
ALTER TABLE "Widget" ADD COLUMN "sku" TEXT NOT NULL;

-- verdict: safe
ALTER TABLE "Widget" ALTER COLUMN "price" TYPE BIGINT;

-- verdict: safe
ALTER TABLE "Widget" ADD CONSTRAINT "Widget_price_chk" CHECK ("price" >= 0);

-- verdict: safe
ALTER TABLE "Widget" ADD CONSTRAINT "Widget_sku_key" UNIQUE ("sku");

-- verdict: safe
ALTER TABLE "Widget" ALTER COLUMN "name" SET NOT NULL;

-- verdict: safe
ALTER TABLE "Widget" ADD COLUMN "uid" UUID DEFAULT gen_random_uuid();

-- verdict: safe
ALTER TABLE "Widget" RENAME COLUMN "name" TO "title";

-- verdict: safe
INSERT INTO "Widget" ("title", "sku", "price") VALUES ('Sample', 'W-1', 100);

-- verdict: safe
UPDATE "Widget" SET "price" = 0;

-- verdict: safe
ALTER TABLE "Widget" DROP COLUMN "uid";

-- verdict: safe
COMMIT;
