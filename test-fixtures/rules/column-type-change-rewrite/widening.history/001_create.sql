-- fixture: --select column-type-change-rewrite
CREATE TABLE "public"."products" (
    "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "sku" varchar(32) NOT NULL,
    "title" varchar(100),
    "body" text,
    "price" numeric(10, 2) NOT NULL,
    "weight" numeric(8, 3),
    "stock" integer NOT NULL DEFAULT 0,
    "ip" cidr,
    "code" char(3),
    "created_at" timestamp(3) NOT NULL,
    "flags" bit varying(8),
    "tags" varchar(20)[]
);

-- a new table: changing types is free
ALTER TABLE "public"."products" ALTER COLUMN "stock" TYPE bigint;
