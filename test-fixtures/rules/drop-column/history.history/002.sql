ALTER TABLE users ALTER COLUMN legacy_token DROP NOT NULL;
ALTER TABLE users ADD COLUMN tmp_flag boolean;
ALTER TABLE users DROP COLUMN tmp_flag;

-- expect: drop-column
ALTER TABLE users DROP COLUMN legacy_token;

-- expect: drop-column
ALTER TABLE "public"."users" DROP COLUMN IF EXISTS "email" CASCADE, ADD COLUMN email_address text;
