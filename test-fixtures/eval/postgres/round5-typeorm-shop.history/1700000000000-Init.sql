-- fixture: --assume-in-transaction
-- TypeORM migration:run (transaction: "each"), queries copied from the generated migration class
-- verdict: safe
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
-- verdict: safe
CREATE TABLE "public"."app_user" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa5b1c7e0d1a2f4b6c8d9e0f12" UNIQUE ("email"), CONSTRAINT "PK_22a5c4c3d9b2b7e0e1f4a6d8c31" PRIMARY KEY ("id"));
-- verdict: safe
CREATE TABLE "public"."product" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "title" character varying NOT NULL, "description" text, "price" numeric(10,2) NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"));
-- verdict: safe
CREATE TABLE "public"."order" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_email" character varying NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "total" numeric(10,2) NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_1031171c13130102495201e3e20" PRIMARY KEY ("id"));
-- verdict: safe
CREATE TABLE "public"."order_item" ("id" SERIAL NOT NULL, "order_id" uuid NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "PK_d01158fe15b1ead5c26fd7f4e90" PRIMARY KEY ("id"));
-- verdict: safe
ALTER TABLE "public"."order_item" ADD CONSTRAINT "FK_646bf9ece6f45dbe41c203e06e0" FOREIGN KEY ("order_id") REFERENCES "public"."order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
-- verdict: safe
ALTER TABLE "public"."order_item" ADD CONSTRAINT "FK_904370c093ceea4369659a3c810" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
