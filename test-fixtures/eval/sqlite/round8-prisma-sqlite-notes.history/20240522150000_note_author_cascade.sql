-- RedefineTables
-- verdict: safe
PRAGMA defer_foreign_keys=ON;
-- verdict: safe
PRAGMA foreign_keys=OFF;
-- verdict: safe
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" DATETIME,
    CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- verdict: safe
INSERT INTO "new_Note" ("archivedAt", "authorId", "body", "id", "pinned", "updatedAt") SELECT "archivedAt", "authorId", "body", "id", "pinned", "updatedAt" FROM "Note";
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
