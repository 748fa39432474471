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

-- A redefinition under a view: the RENAME into place fails (SQLite 3.26+ re-checks the view), so the DROP is not repaired.
CREATE VIEW folder_names AS SELECT name FROM folders;
CREATE TABLE new_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO new_folders SELECT id, name FROM folders;
-- expect: drop-table
DROP TABLE folders;
ALTER TABLE new_folders RENAME TO folders;
-- The same with the view dropped first (SQLite's procedure): repaired by the RENAME.
DROP VIEW folder_names;
CREATE TABLE new_folders2 (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO new_folders2 SELECT id, name FROM folders;
DROP TABLE folders;
ALTER TABLE new_folders2 RENAME TO folders;
CREATE VIEW folder_names AS SELECT name FROM folders;
