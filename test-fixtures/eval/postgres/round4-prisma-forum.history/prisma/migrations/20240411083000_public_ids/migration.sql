-- verdict: safe
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: hazard volatile-default-rewrite
ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT uuid_generate_v4();

-- AlterTable
-- verdict: safe
ALTER TABLE "User" ADD COLUMN "signupYear" TEXT NOT NULL DEFAULT to_char(now(), 'YYYY');

-- AlterTable
-- verdict: safe
ALTER TABLE "Post" ADD COLUMN "indexedAt" TIMESTAMP(3) DEFAULT (now() AT TIME ZONE 'utc');
