-- verdict: safe
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
-- verdict: safe
PRAGMA foreign_keys=OFF;
-- verdict: safe
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- verdict: safe
INSERT INTO "new_Post" ("authorId", "id", "title") SELECT "authorId", "id", coalesce("title", '') AS "title" FROM "Post";
-- verdict: safe
DROP TABLE "Post";
-- verdict: safe
ALTER TABLE "new_Post" RENAME TO "Post";
-- verdict: safe
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
-- verdict: safe
PRAGMA foreign_keys=ON;
-- verdict: safe
PRAGMA defer_foreign_keys=OFF;
