-- fixture: --select set-not-null-without-check,unique-constraint-under-lock,missing-lock-timeout
-- Prisma "the table will be emptied" migration: after DELETE without WHERE, scans cost nothing,
-- but the locks still wait behind running queries.
DELETE FROM "UserProfile";
-- expect: missing-lock-timeout
ALTER TABLE "UserProfile" ADD COLUMN "userId" INTEGER NOT NULL;
ALTER TABLE "UserProfile" ALTER COLUMN "bio" SET NOT NULL;
ALTER TABLE "UserProfile" DROP CONSTRAINT "UserProfile_pkey", ADD CONSTRAINT "UserProfile_pkey" PRIMARY KEY ("id");
-- refilled from another table: rows again
INSERT INTO "UserProfile" ("id", "userId", "bio") SELECT "id", "id", '' FROM "User";
-- expect: set-not-null-without-check
ALTER TABLE "UserProfile" ALTER COLUMN "url" SET NOT NULL;
