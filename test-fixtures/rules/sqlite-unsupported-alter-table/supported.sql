-- fixture: --dialect sqlite --select sqlite-unsupported-alter-table
ALTER TABLE `monitor` ADD `regions` text DEFAULT '' NOT NULL;
ALTER TABLE "Post" ADD COLUMN "authorId" INTEGER REFERENCES "User"("id");
ALTER TABLE posts RENAME COLUMN body TO content;
ALTER TABLE posts DROP COLUMN legacy;
ALTER TABLE posts RENAME TO articles;
ALTER TABLE `page_subscriber` ALTER COLUMN "email" TO "email" text;
