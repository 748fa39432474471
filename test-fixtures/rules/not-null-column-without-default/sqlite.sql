-- fixture: --dialect sqlite --select not-null-column-without-default
-- expect: not-null-column-without-default
ALTER TABLE "Post" ADD COLUMN "slug" TEXT NOT NULL;
ALTER TABLE "Post" ADD COLUMN "views" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Post" ADD COLUMN "summary" TEXT;
CREATE TABLE "Tag" ("id" INTEGER NOT NULL PRIMARY KEY);
ALTER TABLE "Tag" ADD COLUMN "name" TEXT NOT NULL;
