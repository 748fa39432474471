-- fixture: --select set-not-null-without-check
-- expect: set-not-null-without-check
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- expect: set-not-null-without-check
ALTER TABLE "public"."Order" ALTER COLUMN "customerId" SET NOT NULL, ALTER COLUMN "total" SET DEFAULT 0;

ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;
