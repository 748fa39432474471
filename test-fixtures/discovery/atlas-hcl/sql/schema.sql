CREATE TABLE "users" ("id" bigint NOT NULL, "email" text NULL, PRIMARY KEY ("id"));
