-- The copy leaves out the INTEGER PRIMARY KEY (SQLite assigns the rowid) and a TEXT PRIMARY KEY without
-- NOT NULL (SQLite lets it hold NULL): neither fails.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_goals` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`title` text NOT NULL,
	`target` integer NOT NULL,
	`unit` text DEFAULT 'times' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_goals`("user_id", "title", "target", "unit") SELECT "user_id", "title", "target", "unit" FROM `goals`;--> statement-breakpoint
DROP TABLE `goals`;--> statement-breakpoint
ALTER TABLE `__new_goals` RENAME TO `goals`;--> statement-breakpoint
CREATE TABLE `__new_goal_events` (
	`id` text PRIMARY KEY,
	`goal_id` integer NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_goal_events`("goal_id", "kind") SELECT "goal_id", "kind" FROM `goal_events`;--> statement-breakpoint
DROP TABLE `goal_events`;--> statement-breakpoint
ALTER TABLE `__new_goal_events` RENAME TO `goal_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
