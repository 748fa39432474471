-- RedefineTables
-- verdict: safe
PRAGMA defer_foreign_keys=ON;
-- verdict: safe
PRAGMA foreign_keys=OFF;
-- verdict: safe
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "authorId" INTEGER NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- verdict: safe
INSERT INTO "new_Note" ("authorId", "body", "id", "pinned", "title") SELECT "authorId", "body", "id", "pinned", "title" FROM "Note";
-- verdict: safe
DROP TABLE "Note";
-- verdict: safe
ALTER TABLE "new_Note" RENAME TO "Note";
-- verdict: safe
CREATE INDEX "Note_authorId_idx" ON "Note"("authorId");
-- verdict: safe
PRAGMA foreign_keys=ON;
-- verdict: safe
PRAGMA defer_foreign_keys=OFF;
