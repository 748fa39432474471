-- fixture: --dialect sqlite --select drop-table,rename-table
-- expect: drop-table
DROP TABLE `legacy_sessions`;
CREATE TABLE tmp_import (id INTEGER PRIMARY KEY);
DROP TABLE IF EXISTS tmp_import;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" ("id" INTEGER NOT NULL PRIMARY KEY, "title" TEXT NOT NULL);
INSERT INTO "new_Post" ("id", "title") SELECT "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
PRAGMA foreign_keys=ON;
