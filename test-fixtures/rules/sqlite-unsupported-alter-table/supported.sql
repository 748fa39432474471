-- fixture: --dialect sqlite --select sqlite-unsupported-alter-table
ALTER TABLE `monitor` ADD `regions` text DEFAULT '' NOT NULL;
ALTER TABLE "Post" ADD COLUMN "authorId" INTEGER REFERENCES "User"("id");
ALTER TABLE posts RENAME COLUMN body TO content;
ALTER TABLE posts DROP COLUMN legacy;
ALTER TABLE posts RENAME TO articles;
ALTER TABLE `page_subscriber` ALTER COLUMN "email" TO "email" text;
-- an inline CHECK belongs to the column it is written on: one action
ALTER TABLE habits ADD COLUMN target INTEGER NOT NULL DEFAULT 1 CHECK (target > 0);
ALTER TABLE notes ADD COLUMN priority INTEGER CONSTRAINT ck_notes_priority CHECK (priority BETWEEN 0 AND 3) DEFAULT 0;
