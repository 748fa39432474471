-- The source was created in this migration: empty, so the copy inserts nothing. Once a row is inserted into
-- it, the same copy fails.
CREATE TABLE `goal_drafts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `goal_templates` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`target` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `goal_templates`("id", "title") SELECT "id", "title" FROM `goal_drafts`;--> statement-breakpoint
INSERT INTO `goal_drafts`("title") VALUES ('Read 10 pages');--> statement-breakpoint
-- expect: copy-misses-required-column
INSERT INTO `goal_templates`("id", "title") SELECT "id", "title" FROM `goal_drafts`;
