-- fixture: --dialect sqlite --select rename-column,drop-column,delete-without-where,update-without-where
-- expect: rename-column
ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";
-- expect: drop-column
ALTER TABLE "User" DROP COLUMN "legacy";
-- expect: update-without-where
UPDATE "User" SET "active" = 1;
-- expect: delete-without-where
DELETE FROM "Session";
UPDATE "User" SET "active" = 0 WHERE "active" IS NULL;
