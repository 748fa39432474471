-- fixture: --select prefer-identity
-- expect: prefer-identity
CREATE TABLE accounts (id bigserial PRIMARY KEY, name text NOT NULL);

-- expect: prefer-identity
ALTER TABLE "public"."Orders" ADD COLUMN "Number" serial4;

CREATE TABLE widgets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n integer);
CREATE SEQUENCE invoice_numbers;
