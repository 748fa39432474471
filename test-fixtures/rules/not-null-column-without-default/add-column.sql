-- fixture: --select not-null-column-without-default
-- expect: not-null-column-without-default
ALTER TABLE users ADD COLUMN status text NOT NULL;

-- expect: not-null-column-without-default
ALTER TABLE "public"."Users" ADD COLUMN "TenantId" bigint NOT NULL REFERENCES tenants (id);

-- expect: not-null-column-without-default
ALTER TABLE users ADD COLUMN IF NOT EXISTS role text DEFAULT NULL NOT NULL;

ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN row_no bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE users ADD COLUMN legacy_no serial NOT NULL;
ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;

CREATE TABLE teams (id bigint PRIMARY KEY);
ALTER TABLE teams ADD COLUMN name text NOT NULL;
