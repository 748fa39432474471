CREATE TABLE "users" ("id" bigint NOT NULL, PRIMARY KEY ("id"));
