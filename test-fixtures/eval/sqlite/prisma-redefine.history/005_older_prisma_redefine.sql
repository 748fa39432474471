-- verdict: safe
-- RedefineTables
PRAGMA foreign_keys=OFF;
-- verdict: safe
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'anonymous',
    "bio" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true
);
-- verdict: safe
INSERT INTO "new_User" ("active", "bio", "email", "id", "name") SELECT "active", "bio", "email", "id", coalesce("name", 'anonymous') AS "name" FROM "User";
-- verdict: hazard data-loss
-- (corrected after review: "role", added by 003, is not in new_User, so this DROP deletes its data)
DROP TABLE "User";
-- verdict: safe
ALTER TABLE "new_User" RENAME TO "User";
-- verdict: safe
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
-- verdict: safe
PRAGMA foreign_key_check;
-- verdict: safe
PRAGMA foreign_keys=ON;
