-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE "members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "email" varchar NOT NULL, "nickname" varchar, "bio" text, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
-- verdict: safe
CREATE UNIQUE INDEX "index_members_on_email" ON "members" ("email");
-- verdict: safe
CREATE TABLE "books" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar NOT NULL, "isbn" varchar, "author" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
-- verdict: safe
CREATE INDEX "index_books_on_isbn" ON "books" ("isbn");
-- verdict: safe
CREATE TABLE "loans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "member_id" integer NOT NULL, "book_id" integer NOT NULL, "due_on" date, "returned_at" datetime(6), CONSTRAINT "fk_rails_member" FOREIGN KEY ("member_id") REFERENCES "members" ("id"), CONSTRAINT "fk_rails_book" FOREIGN KEY ("book_id") REFERENCES "books" ("id"));
-- verdict: safe
CREATE INDEX "index_loans_on_member_id" ON "loans" ("member_id");
-- verdict: safe
CREATE VIEW "overdue_loans" AS SELECT "loans"."id", "members"."email" FROM "loans" JOIN "members" ON "members"."id" = "loans"."member_id" WHERE "loans"."returned_at" IS NULL;
-- verdict: safe
CREATE TRIGGER "books_touch" AFTER UPDATE OF "title" ON "books" BEGIN UPDATE "books" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id"; END;
