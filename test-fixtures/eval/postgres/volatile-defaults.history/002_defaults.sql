-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard table-rewrite
ALTER TABLE "Device" ADD COLUMN "externalId" UUID DEFAULT gen_random_uuid();

-- verdict: safe
ALTER TABLE "Device" ADD COLUMN "seenAt" TIMESTAMPTZ NOT NULL DEFAULT now();

-- verdict: hazard table-rewrite
ALTER TABLE "Device" ADD COLUMN "jitter" DOUBLE PRECISION DEFAULT random();

-- verdict: hazard table-rewrite
ALTER TABLE audit_log ADD COLUMN recorded_at timestamptz DEFAULT clock_timestamp();

-- verdict: hazard table-rewrite
ALTER TABLE audit_log ADD COLUMN seq bigserial;

-- verdict: safe
ALTER TABLE audit_log ADD COLUMN source text NOT NULL DEFAULT 'app';

-- verdict: safe
ALTER TABLE "Device" ADD COLUMN "token" UUID;

-- verdict: safe
ALTER TABLE "Device" ALTER COLUMN "token" SET DEFAULT gen_random_uuid();

-- verdict: safe
ALTER TABLE audit_log ADD COLUMN created_on date DEFAULT CURRENT_DATE;
