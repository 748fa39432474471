-- AlterTable: first lock on an existing table, no lock_timeout in this migration.
-- verdict: hazard missing-lock-timeout
ALTER TABLE "Post" ADD COLUMN "pinned" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable: text -> varchar(n) checks every row and rewrites.
-- verdict: hazard type-change-rewrite
ALTER TABLE "Post" ALTER COLUMN "title" SET DATA TYPE VARCHAR(300);
