-- fixture: --dialect sqlite --select copy-misses-required-column
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `goal_events` (
	`id` text PRIMARY KEY,
	`goal_id` integer NOT NULL,
	`kind` text NOT NULL
);
