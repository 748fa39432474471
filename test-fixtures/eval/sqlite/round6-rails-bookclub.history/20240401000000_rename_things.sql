-- verdict: hazard rename
ALTER TABLE "books" RENAME COLUMN "author" TO "author_name";
-- verdict: hazard rename
ALTER TABLE "loans" RENAME TO "checkouts";
-- verdict: safe
CREATE TABLE "reviews" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "book_id" integer NOT NULL, "stars" integer NOT NULL, "body" text);
-- verdict: safe
ALTER TABLE "reviews" ADD "member_id" integer NOT NULL;
-- verdict: safe
ALTER TABLE "reviews" RENAME COLUMN "body" TO "comment";
-- verdict: safe
INSERT INTO "reviews" ("book_id", "member_id", "stars") VALUES (1, 1, 5);
