-- binary coercible or relaxed limits: catalog-only changes
ALTER TABLE "public"."products" ALTER COLUMN "sku" TYPE varchar(64);
ALTER TABLE "public"."products" ALTER COLUMN "title" SET DATA TYPE text;
ALTER TABLE products ALTER COLUMN body TYPE varchar;
ALTER TABLE products ALTER COLUMN price TYPE numeric(14, 2), ALTER COLUMN weight TYPE numeric;
ALTER TABLE products ALTER COLUMN ip TYPE inet;
ALTER TABLE products ALTER COLUMN created_at TYPE timestamp(6);
ALTER TABLE products ALTER COLUMN flags TYPE bit varying(16);
ALTER TABLE products ALTER COLUMN sku TYPE varchar(64) USING sku::varchar(64);
