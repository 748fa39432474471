/*
  Warnings:

  - You are about to drop the column `title` on the `Note` table. All the data in the column will be lost.

*/
-- RedefineTables
-- verdict: safe
PRAGMA defer_foreign_keys=ON;
-- verdict: safe
PRAGMA foreign_keys=OFF;
-- verdict: safe
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" TEXT,
    "authorId" INTEGER NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- verdict: safe
INSERT INTO "new_Note" ("authorId", "body", "id", "pinned") SELECT "authorId", "body", "id", "pinned" FROM "Note";
-- verdict: hazard data-loss
DROP TABLE "Note";
-- verdict: safe
ALTER TABLE "new_Note" RENAME TO "Note";
-- verdict: safe
CREATE INDEX "Note_authorId_idx" ON "Note"("authorId");
-- verdict: safe
PRAGMA foreign_keys=ON;
-- verdict: safe
PRAGMA defer_foreign_keys=OFF;
