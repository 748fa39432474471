CREATE TABLE "accounts" ("id" serial PRIMARY KEY NOT NULL, "name" text);
