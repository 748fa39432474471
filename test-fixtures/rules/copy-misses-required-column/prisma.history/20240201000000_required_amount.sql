/*
  Warnings:
  - Added the required column `amount` to the `Checkin` table without a default value. This is not possible if the table is not empty.
*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Checkin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "habitId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "note" TEXT,
    "amount" INTEGER NOT NULL,
    CONSTRAINT "Checkin_habitId_fkey" FOREIGN KEY ("habitId") REFERENCES "Habit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- expect: copy-misses-required-column
INSERT INTO "new_Checkin" ("day", "habitId", "id", "note") SELECT "day", "habitId", "id", "note" FROM "Checkin";
DROP TABLE "Checkin";
ALTER TABLE "new_Checkin" RENAME TO "Checkin";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
