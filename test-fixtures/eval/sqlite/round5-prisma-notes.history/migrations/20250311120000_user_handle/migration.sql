/*
  Warnings:

  - Added the required column `handle` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- RedefineTables
-- verdict: safe
PRAGMA defer_foreign_keys=ON;
-- verdict: safe
PRAGMA foreign_keys=OFF;
-- verdict: safe
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "handle" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- verdict: hazard not-null-without-default
INSERT INTO "new_User" ("createdAt", "email", "id", "name") SELECT "createdAt", "email", "id", "name" FROM "User";
-- verdict: safe
DROP TABLE "User";
-- verdict: safe
ALTER TABLE "new_User" RENAME TO "User";
-- verdict: safe
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
-- verdict: safe
PRAGMA foreign_keys=ON;
-- verdict: safe
PRAGMA defer_foreign_keys=OFF;
