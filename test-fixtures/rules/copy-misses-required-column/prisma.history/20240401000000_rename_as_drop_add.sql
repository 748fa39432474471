/*
  Warnings:
  - You are about to drop the column `note` on the `Checkin` table. All the data in the column will be lost.
  - Added the required column `comment` to the `Checkin` table without a default value. This is not possible if the table is not empty.
*/
-- The copy fails before the DROP: one finding, on the INSERT, not a second one on the DROP.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Checkin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "habitId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    CONSTRAINT "Checkin_habitId_fkey" FOREIGN KEY ("habitId") REFERENCES "Habit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- expect: copy-misses-required-column
INSERT INTO "new_Checkin" ("amount", "day", "habitId", "id") SELECT "amount", "day", "habitId", "id" FROM "Checkin";
DROP TABLE "Checkin";
ALTER TABLE "new_Checkin" RENAME TO "Checkin";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
