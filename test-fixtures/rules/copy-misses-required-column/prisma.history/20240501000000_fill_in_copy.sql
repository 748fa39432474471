-- The copy fills the required column from the old one it replaces: nothing fails, nothing is lost.
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Checkin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "habitId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "Checkin_habitId_fkey" FOREIGN KEY ("habitId") REFERENCES "Habit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Checkin" ("amount", "day", "habitId", "id", "note") SELECT "amount", "day", "habitId", "id", coalesce("comment", '') AS "note" FROM "Checkin";
DROP TABLE "Checkin";
ALTER TABLE "new_Checkin" RENAME TO "Checkin";
PRAGMA foreign_keys=ON;
