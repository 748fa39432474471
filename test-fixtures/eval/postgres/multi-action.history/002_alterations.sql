-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE "public"."Invoice" ADD COLUMN "memo" TEXT,
    ADD COLUMN "paidAt" TIMESTAMPTZ,
    ALTER COLUMN "status" SET DEFAULT 'draft';

-- verdict: hazard table-rewrite
ALTER TABLE "public"."Invoice" ADD COLUMN "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    ADD COLUMN "ref" UUID NOT NULL DEFAULT gen_random_uuid();

-- verdict: hazard data-loss
ALTER TABLE "public"."Invoice" DROP COLUMN "legacyCode", ADD COLUMN "code" TEXT;

-- verdict: hazard table-rewrite
ALTER TABLE IF EXISTS "public"."Invoice" ALTER COLUMN "note" DROP NOT NULL, ALTER COLUMN "amount" TYPE BIGINT;

-- verdict: hazard not-null-without-default
ALTER TABLE "public"."Invoice" ADD COLUMN "memoHtml" TEXT, ADD COLUMN "issuer" TEXT NOT NULL;

-- verdict: safe
ALTER TABLE ONLY "public"."Invoice" ALTER COLUMN "memo" SET DEFAULT '', ALTER COLUMN "note" SET DEFAULT '';
